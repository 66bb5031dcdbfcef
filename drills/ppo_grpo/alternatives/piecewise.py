"""A correct solution in another formula: the clipped objective written piecewise by the advantage's sign
(A ≥ 0: min(r, 1 + ε)·A; A < 0: max(r, 1 − ε)·A), a masked dot product, and the variance by hand."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    log_ratio = np.where(mask, logp - logp_old, 0.0)
    ratio = np.exp(log_ratio)
    capped = np.where(advantages >= 0, np.minimum(ratio, 1 + eps), np.maximum(ratio, 1 - eps))
    weights = mask.astype(np.float64)
    n = weights.sum()
    return -np.sum(capped * advantages * weights) / max(n, 1.0)


def grpo_advantages(rewards):
    g = rewards.shape[-1]
    centred = rewards - np.sum(rewards, axis=-1, keepdims=True) / g
    std = np.sqrt(np.einsum("...g,...g->...", centred, centred) / (g - 1))[..., None]
    return centred / (std + 1e-4)


def kl_k3(logp, logp_ref):
    log_ratio = logp_ref - logp
    ratio = np.exp(log_ratio)
    return ratio - log_ratio - 1
