"""The frequencies use i/d instead of 2i/d: θᵢ = base^(−2i/d) for pair i = 0 … d/2 − 1
(base ** (-np.arange(0, d, 2) / d))."""

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    angles = np.asarray(positions, dtype=np.float64)[:, None] * base ** (-np.arange(d // 2) / d)
    angles = np.concatenate([angles, angles], axis=-1)
    return x * np.cos(angles) + rotate_half(x) * np.sin(angles)  # noqa: F821  (the reference's)
