"""The frequencies are base^(+2i/d), which grow with i; they are base^(−2i/d) = 1 / base^(2i/d): the angle is
p / base^(2i/d)."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    angles = np.arange(T)[:, None] * base ** (2.0 * (np.arange(d) // 2) / d)
    return np.where(np.arange(d) % 2 == 0, np.sin(angles), np.cos(angles))
