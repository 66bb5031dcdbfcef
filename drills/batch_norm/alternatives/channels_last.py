"""A correct solution that moves the channels to the last axis, reshapes to (n, C), works on columns with
sums, and moves the axis back."""

import numpy as np


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    moved = np.moveaxis(x, 1, -1)
    cols = moved.reshape(-1, x.shape[1])
    n = cols.shape[0]
    if training:
        mu = cols.sum(axis=0) / n
        sq = ((cols - mu) ** 2).sum(axis=0)
        var = sq / n
        rm = running_mean + momentum * (mu - running_mean)
        rv = running_var + momentum * (sq / (n - 1) - running_var)
    else:
        mu, var = running_mean, running_var
        rm, rv = np.copy(running_mean), np.copy(running_var)
    y = gamma * (cols - mu) / np.sqrt(var + eps) + beta
    return np.moveaxis(y.reshape(moved.shape), -1, 1), rm, rv
