"""The hidden layer is backpropagated with the sigmoid's derivative σ(Z1)(1 − σ(Z1)); the activation is a
ReLU, whose derivative is 1 where Z1 > 0 and 0 elsewhere."""

import numpy as np


def relu_backward(dA, Z):
    s = 0.5 * (1.0 + np.tanh(Z / 2.0))
    return dA * s * (1.0 - s)
