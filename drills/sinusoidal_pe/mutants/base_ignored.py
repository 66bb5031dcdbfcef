"""The `base` argument is ignored (10000 is hard-coded); use base^(−2i/d) with the given base."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    angles = np.arange(T)[:, None] * 10000.0 ** (-2.0 * (np.arange(d) // 2) / d)
    return np.where(np.arange(d) % 2 == 0, np.sin(angles), np.cos(angles))
