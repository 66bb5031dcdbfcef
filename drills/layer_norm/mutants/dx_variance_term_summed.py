"""In dx the variance term is summed instead of averaged over the row: it is − x̂ · mean(g · x̂) (a factor
1/D), as in dx = (g − mean(g) − x̂ · mean(g · x̂)) / √(σ² + ε)."""

import numpy as np


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    x_hat, inv_std = normalize(x, eps)  # noqa: F821  (the reference's)
    leading = tuple(range(x.ndim - 1))
    dgamma = np.sum(dout * x_hat, axis=leading)
    dbeta = np.sum(dout, axis=leading)
    g = dout * gamma
    dx = inv_std * (g - np.mean(g, axis=-1, keepdims=True) - x_hat * np.sum(g * x_hat, axis=-1, keepdims=True))
    return dx, dgamma, dbeta
