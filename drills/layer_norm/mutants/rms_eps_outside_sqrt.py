"""rms_norm adds ε outside the square root, x / (√mean(x²) + ε); it goes inside: x / √(mean(x²) + ε)."""

import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    return x / (np.sqrt(np.mean(x**2, axis=-1, keepdims=True)) + eps) * gamma
