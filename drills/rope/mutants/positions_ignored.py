"""The `positions` argument is ignored and row t is rotated as if it were at position t (np.arange(T));
rotate row t by positions[t], which may start later, be unsorted or repeat."""

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    angles = np.arange(x.shape[-2], dtype=np.float64)[:, None] * base ** (-np.arange(0, d, 2) / d)
    angles = np.concatenate([angles, angles], axis=-1)
    return x * np.cos(angles) + rotate_half(x) * np.sin(angles)  # noqa: F821  (the reference's)
