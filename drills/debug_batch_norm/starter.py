"""BatchNorm1d forward pass for x of shape (N, C), in training and evaluation mode (numpy only).

This code runs and looks right, but it has 3 bugs. Find them and fix them; keep the function name and
signature.
"""

import numpy as np


def batch_norm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    """Normalise each column (channel) of x and update the running statistics, with PyTorch's conventions.

    Returns (y, new_running_mean, new_running_var); the inputs are left unchanged.
    """
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    x_hat = (x - mean) / np.sqrt(var + eps)
    y = gamma * x_hat + beta
    if training:
        new_running_mean = momentum * running_mean + (1 - momentum) * mean
        new_running_var = momentum * running_var + (1 - momentum) * var
    else:
        new_running_mean = running_mean.copy()
        new_running_var = running_var.copy()
    return y, new_running_mean, new_running_var


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x = rng.normal(size=(8, 3))
    print(batch_norm_forward(x, np.ones(3), np.zeros(3), np.zeros(3), np.ones(3), training=True))
