"""dx is backpropagated from dout instead of dout · γ: out = x̂ · γ + β, so the gradient reaching x̂ is
g = dout · γ, and dx = (g − mean(g) − x̂ · mean(g · x̂)) / √(σ² + ε)."""

import numpy as np


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    x_hat, inv_std = normalize(x, eps)  # noqa: F821  (the reference's)
    leading = tuple(range(x.ndim - 1))
    dgamma = np.sum(dout * x_hat, axis=leading)
    dbeta = np.sum(dout, axis=leading)
    g = dout
    dx = inv_std * (g - np.mean(g, axis=-1, keepdims=True) - x_hat * np.mean(g * x_hat, axis=-1, keepdims=True))
    return dx, dgamma, dbeta
