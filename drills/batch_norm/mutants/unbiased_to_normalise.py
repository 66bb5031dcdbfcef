"""The batch is normalised with the unbiased variance (÷ (n − 1)); BatchNorm normalises with the biased
variance (÷ n) and uses the unbiased one only for the running estimate."""

import numpy as np


def batch_stats(x, axes):
    n = x.size // x.shape[1]
    mean = np.mean(x, axis=axes, keepdims=True)
    var = np.sum((x - mean) ** 2, axis=axes) / (n - 1)
    return mean.reshape(-1), var, n


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    axes, shape = channel_view(x)  # noqa: F821  (the reference's)
    if not training:
        out = normalize(x, running_mean, running_var, gamma, beta, eps, shape)  # noqa: F821
        return out, running_mean.copy(), running_var.copy()
    mean, var, _ = batch_stats(x, axes)
    new_mean = (1.0 - momentum) * running_mean + momentum * mean
    new_var = (1.0 - momentum) * running_var + momentum * var
    return normalize(x, mean, var, gamma, beta, eps, shape), new_mean, new_var  # noqa: F821
