"""The result is written into x itself (x[..., :half] = ...), which changes the caller's array; build a
new array instead (the values are right)."""

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    half = d // 2
    angles = np.asarray(positions, dtype=np.float64)[:, None] * base ** (-np.arange(0, d, 2) / d)
    c, s = np.cos(angles), np.sin(angles)
    x1, x2 = x[..., :half].copy(), x[..., half:].copy()
    x[..., :half] = x1 * c - x2 * s
    x[..., half:] = x2 * c + x1 * s
    return x
