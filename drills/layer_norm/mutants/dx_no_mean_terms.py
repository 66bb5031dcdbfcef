"""dx treats μ and σ as constants (dx = dout · γ / √(σ² + ε)): both depend on every element of the row, which
adds the terms − mean(g) − x̂ · mean(g · x̂), with g = dout · γ."""

import numpy as np


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    x_hat, inv_std = normalize(x, eps)  # noqa: F821  (the reference's)
    leading = tuple(range(x.ndim - 1))
    dgamma = np.sum(dout * x_hat, axis=leading)
    dbeta = np.sum(dout, axis=leading)
    dx = dout * gamma * inv_std
    return dx, dgamma, dbeta
