"""The frequency exponent divides by d/2 instead of d (θᵢ = base^(−2i/(d/2)), e.g. from passing the half
dimension as `dim`), so the frequencies fall twice as fast; θᵢ = base^(−2i/d)."""

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    angles = np.asarray(positions, dtype=np.float64)[:, None] * base ** (-np.arange(0, d, 2) / (d // 2))
    angles = np.concatenate([angles, angles], axis=-1)
    return x * np.cos(angles) + rotate_half(x) * np.sin(angles)  # noqa: F821  (the reference's)
