"""For odd d the table is built for d + 1 and the last column dropped, so every exponent divides by d + 1.
The formula uses d itself: pe[p, 2i] = sin(p · base^(−2i/d)) with the odd d."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    even = d + d % 2
    angles = np.arange(T)[:, None] * base ** (-2.0 * (np.arange(even) // 2) / even)
    return np.where(np.arange(even) % 2 == 0, np.sin(angles), np.cos(angles))[:, :d]
