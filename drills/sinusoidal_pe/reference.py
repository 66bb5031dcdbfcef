"""Reference solution: the sinusoidal positional encoding of "Attention Is All You Need"."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    positions = np.arange(T, dtype=np.float64)[:, None]  # (T, 1): 0, 1, ..., T-1
    pair = np.arange(d) // 2  # column j belongs to pair i = j // 2
    freqs = base ** (-2.0 * pair / d)  # (d,): base^(-2i/d), shared by columns 2i and 2i+1
    angles = positions * freqs  # (T, d)
    return np.where(np.arange(d) % 2 == 0, np.sin(angles), np.cos(angles))
