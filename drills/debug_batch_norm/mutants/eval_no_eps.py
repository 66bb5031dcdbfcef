"""Evaluation divides by √running_var without ε: both modes divide by √(σ² + ε) — in evaluation
σ² is running_var."""

import numpy as np


def batch_norm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if training:
        n = x.shape[0]
        mean = x.mean(axis=0)
        var = x.var(axis=0)
        new_running_mean = (1 - momentum) * running_mean + momentum * mean
        new_running_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
        return gamma * (x - mean) / np.sqrt(var + eps) + beta, new_running_mean, new_running_var
    y = gamma * (x - running_mean) / np.sqrt(running_var) + beta
    return y, running_mean.copy(), running_var.copy()
