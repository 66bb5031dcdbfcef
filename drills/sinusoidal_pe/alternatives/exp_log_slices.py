"""A correct solution in the style of the PyTorch tutorial: div_term = exp(-(2i) · ln(base) / d) and
strided slice assignment, trimmed for odd d."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    position = np.arange(0, T, dtype=np.float64).reshape(-1, 1)
    div_term = np.exp(np.arange(0, d, 2, dtype=np.float64) * (-np.log(base) / d))
    pe = np.empty((T, d), dtype=np.float64)
    pe[:, 0::2] = np.sin(position * div_term)
    pe[:, 1::2] = np.cos(position * div_term[: d // 2])
    return pe
