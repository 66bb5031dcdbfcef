"""ε is added outside the square root, (x − μ) / (√σ² + ε); BatchNorm puts it inside: (x − μ) / √(σ² + ε)."""

import numpy as np


def normalize(x, mean, var, gamma, beta, eps, shape):
    x_hat = (x - mean.reshape(shape)) / (np.sqrt(var.reshape(shape)) + eps)
    return x_hat * gamma.reshape(shape) + beta.reshape(shape)
