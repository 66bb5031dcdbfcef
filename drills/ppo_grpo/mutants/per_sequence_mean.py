"""The loss is the mean over sequences of per-sequence means (the original GRPO normalisation), which
weights a short answer's tokens more than a long one's. This drill asks for one token-level mean: the sum
over all valid tokens of the batch divided by their count."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    ratio = np.exp(logp - logp_old)
    objective = np.minimum(ratio * advantages, np.clip(ratio, 1.0 - eps, 1.0 + eps) * advantages)
    per_sequence = (objective * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1)
    return float(-per_sequence.mean())
