"""running_mean and running_var are updated in place (running_mean *= 1 − momentum; running_mean += …):
the values are right but the caller's arrays change. Compute new arrays and return them."""

import numpy as np


def batch_norm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        return y, running_mean, running_var
    n = x.shape[0]
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    running_mean *= 1 - momentum
    running_mean += momentum * mean
    running_var *= 1 - momentum
    running_var += momentum * var * n / (n - 1)
    y = gamma * (x - mean) / np.sqrt(var + eps) + beta
    return y, running_mean, running_var
