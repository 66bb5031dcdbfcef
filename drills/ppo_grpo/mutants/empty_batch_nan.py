"""With no valid token the loss is 0/0 = nan; return 0.0 when the mask has no True entry."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    ratio = np.exp(logp - logp_old)
    objective = np.minimum(ratio * advantages, np.clip(ratio, 1.0 - eps, 1.0 + eps) * advantages)
    return float(-(objective * mask).sum() / mask.sum())
