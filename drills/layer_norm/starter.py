"""LayerNorm forward and backward, and RMSNorm: fill in the three functions (numpy only)."""

import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    """Normalise over the last axis: (x - mean) / sqrt(var + eps) * gamma + beta, var biased (/D).

    x: (..., D) with any number of leading dims (none included); gamma, beta: (D,). Returns x's shape.
    """
    raise NotImplementedError


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    """Gradients of sum(dout * layer_norm(x, gamma, beta, eps)).

    dout, x: (..., D); gamma: (D,). Returns (dx with x's shape, dgamma (D,), dbeta (D,)); dgamma and dbeta
    sum over every leading dim.
    """
    raise NotImplementedError


def rms_norm(x, gamma, eps=1e-6):
    """x / sqrt(mean(x**2 over the last axis) + eps) * gamma; no mean subtracted, no beta."""
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 5))
    print(layer_norm(x, np.ones(5), np.zeros(5)))
