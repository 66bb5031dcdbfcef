"""The running variance is updated with the biased batch variance (÷ N); PyTorch normalises with the
biased variance but updates the running estimate with the unbiased one, var · N / (N − 1)."""

import numpy as np


def batch_norm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if training:
        mean = x.mean(axis=0)
        var = x.var(axis=0)
        new_running_mean = (1 - momentum) * running_mean + momentum * mean
        new_running_var = (1 - momentum) * running_var + momentum * var
    else:
        mean, var = running_mean, running_var
        new_running_mean = running_mean.copy()
        new_running_var = running_var.copy()
    y = gamma * (x - mean) / np.sqrt(var + eps) + beta
    return y, new_running_mean, new_running_var
