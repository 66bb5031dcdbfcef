"""The variance is the unbiased one (divided by D − 1, ddof=1); LayerNorm normalises with the biased
variance, divided by D (np.var's default ddof=0)."""

import numpy as np


def normalize(x, eps):
    centred = x - np.mean(x, axis=-1, keepdims=True)
    inv_std = 1.0 / np.sqrt(np.var(x, axis=-1, ddof=1, keepdims=True) + eps)
    return centred * inv_std, inv_std
