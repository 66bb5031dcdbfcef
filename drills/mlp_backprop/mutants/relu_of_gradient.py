"""The ReLU is applied to the gradient (np.maximum(dA1, 0)) instead of masking it: the gradient passes
where the pre-activation Z1 > 0, whatever its sign, and is 0 elsewhere: dZ1 = dA1 * (Z1 > 0)."""

import numpy as np


def relu_backward(dA, Z):
    return np.maximum(dA, 0.0)
