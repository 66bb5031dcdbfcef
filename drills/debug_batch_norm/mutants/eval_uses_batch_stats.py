"""In evaluation mode the batch is still normalised with its own mean and variance: evaluation must use
running_mean and running_var, so that an example's output does not depend on the rest of the batch (and
works for a single example)."""

import numpy as np


def batch_norm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    n = x.shape[0]
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    y = gamma * (x - mean) / np.sqrt(var + eps) + beta
    if training:
        new_running_mean = (1 - momentum) * running_mean + momentum * mean
        new_running_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    else:
        new_running_mean = running_mean.copy()
        new_running_var = running_var.copy()
    return y, new_running_mean, new_running_var
