"""Logistic regression from scratch: fill in the three functions (numpy only)."""

import numpy as np


def sigmoid(x):
    """Element-wise 1 / (1 + exp(-x)) for an array of any shape; no overflow warning, no nan, even at ±1000."""
    raise NotImplementedError


def logistic(X, y, W, b):
    """One forward and backward pass.

    X: (m, n) features; y: (m,) labels in {0, 1}; W: (n,) weights; b: scalar bias.
    Returns (predict, loss, dW, db): predict (m,) probabilities; loss the mean binary cross-entropy as a
    float, accurate for logits up to ±1e3; dW (n,) = X.T @ (predict - y) / m; db = mean(predict - y).
    """
    raise NotImplementedError


def train(X, y, lr=0.1, epochs=100):
    """Full-batch gradient descent from W = zeros(n), b = 0.0 for `epochs` steps; returns (W, b)."""
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(8, 3))
    y = (rng.random(8) < 0.5).astype(float)
    print(logistic(X, y, np.zeros(3), 0.0))
