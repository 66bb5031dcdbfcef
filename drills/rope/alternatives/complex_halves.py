"""A correct solution with complex numbers: each pair (x[i], x[i + d/2]) is the complex number
x[i] + j·x[i + d/2], multiplied by e^{j·φ}."""

import numpy as np


def rope(x, positions, base=10000.0):
    half = x.shape[-1] // 2
    inv_freq = 1.0 / np.power(base, np.arange(half) * 2.0 / x.shape[-1])
    phase = np.exp(1j * np.outer(positions, inv_freq))  # (T, d/2)
    z = (x[..., :half] + 1j * x[..., half:]) * phase
    return np.concatenate([z.real, z.imag], axis=-1)
