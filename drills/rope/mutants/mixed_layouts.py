"""The two RoPE layouts are mixed: the angles are repeated element by element (np.repeat(φ, 2), the
adjacent-pair layout) but the features are rotated in halves (rotate_half). With rotate-half, dims i and
i + d/2 share angle i: repeat the angles as concatenate([φ, φ])."""

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    angles = np.asarray(positions, dtype=np.float64)[:, None] * base ** (-np.arange(0, d, 2) / d)
    angles = np.repeat(angles, 2, axis=-1)
    return x * np.cos(angles) + rotate_half(x) * np.sin(angles)  # noqa: F821  (the reference's)
