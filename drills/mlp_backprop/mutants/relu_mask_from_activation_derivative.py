"""The ReLU gradient multiplies by the activation A1 = max(Z1, 0) instead of by its derivative: the
derivative is 1 where Z1 > 0 and 0 elsewhere, so dZ1 = dA1 * (Z1 > 0)."""

import numpy as np


def relu_backward(dA, Z):
    return dA * np.maximum(Z, 0.0)
