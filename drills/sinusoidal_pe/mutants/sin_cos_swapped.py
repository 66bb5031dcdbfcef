"""sin and cos are swapped: even columns 2i hold sin(p·ωᵢ) and odd columns 2i + 1 hold cos(p·ωᵢ)."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    angles = np.arange(T)[:, None] * base ** (-2.0 * (np.arange(d) // 2) / d)
    return np.where(np.arange(d) % 2 == 0, np.cos(angles), np.sin(angles))
