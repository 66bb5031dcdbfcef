"""Each column uses its own index j in the exponent (base^(−j/d)), so the cos column 2i + 1 gets
base^(−(2i+1)/d). A sin/cos pair shares one frequency: both columns 2i and 2i + 1 use base^(−2i/d)."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    angles = np.arange(T)[:, None] * base ** (-np.arange(d) / d)
    return np.where(np.arange(d) % 2 == 0, np.sin(angles), np.cos(angles))
