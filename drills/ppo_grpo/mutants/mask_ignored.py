"""The mask is ignored: the mean runs over every position, padding included. Average over the valid tokens
only (mask True): objective[mask].sum() / mask.sum()."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    ratio = np.exp(logp - logp_old)
    objective = np.minimum(ratio * advantages, np.clip(ratio, 1.0 - eps, 1.0 + eps) * advantages)
    return float(-objective.mean())
