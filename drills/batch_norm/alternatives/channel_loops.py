"""A correct solution that loops over the channels, flattens each one to its n values and uses np.var with
ddof=0 to normalise and ddof=1 for the running estimate."""

import numpy as np


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    out = np.empty_like(x)
    new_mean = np.array(running_mean, dtype=float)
    new_var = np.array(running_var, dtype=float)
    for c in range(x.shape[1]):
        values = x[:, c].ravel()
        if training:
            mu, var = values.mean(), values.var()
            new_mean[c] = (1 - momentum) * running_mean[c] + momentum * mu
            new_var[c] = (1 - momentum) * running_var[c] + momentum * values.var(ddof=1)
        else:
            mu, var = running_mean[c], running_var[c]
        out[:, c] = (x[:, c] - mu) / np.sqrt(var + eps) * gamma[c] + beta[c]
    return out, new_mean, new_var
