"""Positions start at 1; the first row is position p = 0 (sin 0 = 0 and cos 0 = 1)."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    angles = np.arange(1, T + 1)[:, None] * base ** (-2.0 * (np.arange(d) // 2) / d)
    return np.where(np.arange(d) % 2 == 0, np.sin(angles), np.cos(angles))
