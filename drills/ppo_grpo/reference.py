"""Reference solution: the PPO clipped loss with a token mask, GRPO group advantages and the k3 KL estimator."""

import numpy as np

GRPO_EPS = 1e-4


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    ratio = np.exp(logp - logp_old)
    objective = np.minimum(ratio * advantages, np.clip(ratio, 1.0 - eps, 1.0 + eps) * advantages)
    valid = np.asarray(mask, dtype=bool)
    count = int(valid.sum())
    if count == 0:
        return 0.0
    return float(-objective[valid].sum() / count)


def grpo_advantages(rewards):
    mean = rewards.mean(axis=-1, keepdims=True)
    std = rewards.std(axis=-1, ddof=1, keepdims=True)
    return (rewards - mean) / (std + GRPO_EPS)


def kl_k3(logp, logp_ref):
    d = logp_ref - logp
    return np.expm1(d) - d
