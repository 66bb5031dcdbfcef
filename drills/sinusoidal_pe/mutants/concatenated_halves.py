"""The sines and cosines are concatenated ([all sin | all cos]) instead of interleaved: column 2i is
sin(p·ωᵢ) and column 2i + 1 is cos(p·ωᵢ)."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    freqs = base ** (-np.arange(0, d, 2) / d)
    angles = np.arange(T)[:, None] * freqs
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1)[:, :d]
