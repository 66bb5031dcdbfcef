"""The rotation goes the wrong way (by −φ): out[i] = x[i]·cos φ − x[i + d/2]·sin φ and
out[i + d/2] = x[i + d/2]·cos φ + x[i]·sin φ, i.e. rotate_half(x) = concat(−x2, x1), not concat(x2, −x1)."""

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    angles = np.asarray(positions, dtype=np.float64)[:, None] * base ** (-np.arange(0, d, 2) / d)
    angles = np.concatenate([angles, angles], axis=-1)
    return x * np.cos(angles) - rotate_half(x) * np.sin(angles)  # noqa: F821  (the reference's)
