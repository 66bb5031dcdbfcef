"""The sigmoid has the sign flipped: σ(x) = 1 / (1 + e^(−x)), so σ(x) grows with x; 1 / (1 + e^x) is σ(−x)."""

import numpy as np


def sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, e / (1.0 + e), 1.0 / (1.0 + e))
