"""The loss is missing its minus sign: PPO maximises the clipped objective, so the loss to minimise is minus
its mean over the valid tokens."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    ratio = np.exp(logp - logp_old)
    objective = np.minimum(ratio * advantages, np.clip(ratio, 1.0 - eps, 1.0 + eps) * advantages)
    valid = np.asarray(mask, dtype=bool)
    count = int(valid.sum())
    return 0.0 if count == 0 else float(objective[valid].sum() / count)
