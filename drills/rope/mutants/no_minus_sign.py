"""rotate_half drops the minus sign (concat(x2, x1) instead of concat(−x2, x1)), so the pairs are not
rotated (the norm changes): out[i] = x[i]·cos φ − x[i + d/2]·sin φ."""

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    half = d // 2
    angles = np.asarray(positions, dtype=np.float64)[:, None] * base ** (-np.arange(0, d, 2) / d)
    angles = np.concatenate([angles, angles], axis=-1)
    swapped = np.concatenate([x[..., half:], x[..., :half]], axis=-1)
    return x * np.cos(angles) + swapped * np.sin(angles)
