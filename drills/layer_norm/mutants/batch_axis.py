"""The statistics are taken over the batch (axis 0) — that is BatchNorm. LayerNorm normalises each row over
its D features, the last axis."""

import numpy as np


def normalize(x, eps):
    centred = x - np.mean(x, axis=0, keepdims=True)
    inv_std = 1.0 / np.sqrt(np.mean(centred**2, axis=0, keepdims=True) + eps)
    return centred * inv_std, inv_std
