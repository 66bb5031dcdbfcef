"""ε is added outside the square root, (x − μ) / (√σ² + ε); LayerNorm puts it inside: (x − μ) / √(σ² + ε)."""

import numpy as np


def normalize(x, eps):
    centred = x - np.mean(x, axis=-1, keepdims=True)
    inv_std = 1.0 / (np.sqrt(np.mean(centred**2, axis=-1, keepdims=True)) + eps)
    return centred * inv_std, inv_std
