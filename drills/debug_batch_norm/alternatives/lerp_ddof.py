"""A correct solution in another arrangement: the running update written as old + momentum · (batch − old),
np.var with ddof=1 for the unbiased estimate, and the normalisation folded into one scale and shift per
channel."""

import numpy as np


def batch_norm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if training:
        mu = np.mean(x, axis=0)
        sigma2 = np.mean((x - mu) ** 2, axis=0)
        rm = running_mean + momentum * (mu - running_mean)
        rv = running_var + momentum * (np.var(x, axis=0, ddof=1) - running_var)
    else:
        mu, sigma2 = running_mean, running_var
        rm, rv = np.array(running_mean, copy=True), np.array(running_var, copy=True)
    scale = gamma / np.sqrt(sigma2 + eps)
    return x * scale + (beta - mu * scale), rm, rv
