"""The embeddings are normalised along the wrong axis (each column, axis 0): every row (one embedding) must
have unit length, so take the norm along axis 1."""

import numpy as np


def l2_normalize(x):
    return x / np.maximum(np.linalg.norm(x, axis=0, keepdims=True), 1e-12)
