"""The running statistics are updated in evaluation mode too: only training updates them; evaluation
returns them unchanged (as copies)."""

import numpy as np


def batch_norm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    n = x.shape[0]
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    new_running_mean = (1 - momentum) * running_mean + momentum * mean
    new_running_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    if not training:
        mean, var = running_mean, running_var
    y = gamma * (x - mean) / np.sqrt(var + eps) + beta
    return y, new_running_mean, new_running_var
