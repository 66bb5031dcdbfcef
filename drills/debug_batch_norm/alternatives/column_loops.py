"""A correct solution written from scratch, one channel (column) at a time with Python's statistics module:
pvariance to normalise, variance (÷ (N − 1)) for the running estimate."""

import math
import statistics

import numpy as np


def batch_norm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    n, c = x.shape
    y = np.empty((n, c))
    new_mean = np.empty(c)
    new_var = np.empty(c)
    for j in range(c):
        column = x[:, j].tolist()
        if training:
            mu = statistics.fmean(column)
            var = statistics.pvariance(column, mu)
            new_mean[j] = (1 - momentum) * running_mean[j] + momentum * mu
            new_var[j] = (1 - momentum) * running_var[j] + momentum * statistics.variance(column, mu)
        else:
            mu, var = float(running_mean[j]), float(running_var[j])
            new_mean[j], new_var[j] = mu, var
        scale = gamma[j] / math.sqrt(var + eps)
        for i in range(n):
            y[i, j] = (column[i] - mu) * scale + beta[j]
    return y, new_mean, new_var
