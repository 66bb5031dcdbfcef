"""The top k experts come back in ascending order of logit (np.argsort(logits)[:, -k:] without reversing):
expert_idx[t, 0] must be the best expert, largest logit first, with weights in the same order."""

import numpy as np


def top_k(logits, k):
    return np.argsort(logits, axis=1, kind="stable")[:, -k:]
