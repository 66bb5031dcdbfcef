"""The two surrogate terms are combined with max instead of min: PPO takes min(r·A, clip(r, 1 − ε, 1 + ε)·A),
the pessimistic bound, before negating it into a loss."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    ratio = np.exp(logp - logp_old)
    objective = np.maximum(ratio * advantages, np.clip(ratio, 1.0 - eps, 1.0 + eps) * advantages)
    valid = np.asarray(mask, dtype=bool)
    count = int(valid.sum())
    return 0.0 if count == 0 else float(-objective[valid].sum() / count)
