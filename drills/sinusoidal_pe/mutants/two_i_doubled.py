"""The exponent doubles 2i again: np.arange(0, d, 2) already holds 2i, so base ** (np.arange(0, d, 2) / d)
is the right exponent, not base ** (2 * np.arange(0, d, 2) / d)."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    angles = np.arange(T)[:, None] * base ** (-4.0 * (np.arange(d) // 2) / d)
    return np.where(np.arange(d) % 2 == 0, np.sin(angles), np.cos(angles))
