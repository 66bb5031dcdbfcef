"""The exponent uses i/d instead of 2i/d: the frequency of pair i (columns 2i and 2i + 1) is
base^(−2i/d), so the last pair's frequency is close to 1/base."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    angles = np.arange(T)[:, None] * base ** (-(np.arange(d) // 2) / d)
    return np.where(np.arange(d) % 2 == 0, np.sin(angles), np.cos(angles))
