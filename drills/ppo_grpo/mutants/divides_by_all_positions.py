"""The masked sum is divided by the number of all positions (B·T) instead of the number of valid tokens:
padding still dilutes the mean. Divide by mask.sum()."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    ratio = np.exp(logp - logp_old)
    objective = np.minimum(ratio * advantages, np.clip(ratio, 1.0 - eps, 1.0 + eps) * advantages)
    return float(-(objective * mask).sum() / mask.size)
