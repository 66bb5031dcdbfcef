"""dgamma and dbeta are summed over axis 0 only: they must be summed over every leading axis
(axis=tuple(range(x.ndim − 1))), so that a (B, T, D) input gives shape (D,) — and a 1-D input sums nothing."""

import numpy as np


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    x_hat, inv_std = normalize(x, eps)  # noqa: F821  (the reference's)
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    g = dout * gamma
    dx = inv_std * (g - np.mean(g, axis=-1, keepdims=True) - x_hat * np.mean(g * x_hat, axis=-1, keepdims=True))
    return dx, dgamma, dbeta
