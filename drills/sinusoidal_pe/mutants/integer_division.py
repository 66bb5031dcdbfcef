"""The exponent uses integer division (2 * i // d), which is 0 for every i < d/2: use true division,
base ** (-2 * i / d)."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    angles = np.arange(T)[:, None] * base ** (-(2 * (np.arange(d) // 2) // d)).astype(np.float64)
    return np.where(np.arange(d) % 2 == 0, np.sin(angles), np.cos(angles))
