"""The ratio is computed as exp(logp) / exp(logp_old): at log-probabilities near −800 both underflow to 0 and
the ratio is 0/0 = nan. Take exp of the difference, exp(logp − logp_old)."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    ratio = np.exp(logp) / np.exp(logp_old)
    objective = np.minimum(ratio * advantages, np.clip(ratio, 1.0 - eps, 1.0 + eps) * advantages)
    valid = np.asarray(mask, dtype=bool)
    count = int(valid.sum())
    return 0.0 if count == 0 else float(-objective[valid].sum() / count)
