"""The table is transposed: it has one row per position, shape (T, d), with the d features along the
columns."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    angles = base ** (-2.0 * (np.arange(d) // 2) / d)[:, None] * np.arange(T)[None, :]
    return np.where((np.arange(d) % 2 == 0)[:, None], np.sin(angles), np.cos(angles))
