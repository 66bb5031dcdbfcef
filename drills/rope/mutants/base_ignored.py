"""The `base` argument is ignored (10000 is hard-coded); θᵢ = base^(−2i/d) with the given base."""

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    angles = np.asarray(positions, dtype=np.float64)[:, None] * 10000.0 ** (-np.arange(0, d, 2) / d)
    angles = np.concatenate([angles, angles], axis=-1)
    return x * np.cos(angles) + rotate_half(x) * np.sin(angles)  # noqa: F821  (the reference's)
