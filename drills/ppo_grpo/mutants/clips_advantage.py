"""The advantage is clipped instead of the ratio: the second term is clip(r, 1 − ε, 1 + ε) · A, with the
probability ratio r = exp(logp − logp_old) clipped and the advantage left as it is."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    ratio = np.exp(logp - logp_old)
    objective = np.minimum(ratio * advantages, ratio * np.clip(advantages, 1.0 - eps, 1.0 + eps))
    valid = np.asarray(mask, dtype=bool)
    count = int(valid.sum())
    return 0.0 if count == 0 else float(-objective[valid].sum() / count)
