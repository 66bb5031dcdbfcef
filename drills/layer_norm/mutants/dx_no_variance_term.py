"""dx accounts for the mean but not for the variance: the path through σ² adds − x̂ · mean(g · x̂), so
dx = (g − mean(g) − x̂ · mean(g · x̂)) / √(σ² + ε) with g = dout · γ."""

import numpy as np


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    x_hat, inv_std = normalize(x, eps)  # noqa: F821  (the reference's)
    leading = tuple(range(x.ndim - 1))
    dgamma = np.sum(dout * x_hat, axis=leading)
    dbeta = np.sum(dout, axis=leading)
    g = dout * gamma
    dx = inv_std * (g - np.mean(g, axis=-1, keepdims=True))
    return dx, dgamma, dbeta
