"""Backpropagation through a two-layer MLP: fill in the function (numpy only)."""

import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    """Loss and gradients of a ReLU MLP with mean softmax cross-entropy.

    X: (N, D); y: (N,) int64 in 0..C-1; W1: (D, H); b1: (H,); W2: (H, C); b2: (C,).
    Z1 = X @ W1 + b1, A1 = relu(Z1), logits = A1 @ W2 + b2,
    loss = mean over the N rows of -log softmax(logits)[y]; ReLU'(0) = 0.
    Returns (loss as a float, dW1, db1, dW2, db2), each gradient shaped like its parameter.
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6)
    W1, b1, W2, b2 = rng.normal(size=(3, 4)), np.zeros(4), rng.normal(size=(4, 2)), np.zeros(2)
    print(mlp_forward_backward(X, y, W1, b1, W2, b2))
