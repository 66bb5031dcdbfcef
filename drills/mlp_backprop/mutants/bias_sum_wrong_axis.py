"""The bias gradients are summed over the wrong axis (axis 1, the units): a bias is shared by all N
examples, so its gradient sums over the examples, db = d(pre-activation).sum(axis=0)."""

import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0.0)
    logits = A1 @ W2 + b2
    loss, dlogits = cross_entropy_grad(logits, y)  # noqa: F821  (the reference's)
    dW2 = A1.T @ dlogits
    db2 = np.sum(dlogits, axis=1)
    dZ1 = relu_backward(dlogits @ W2.T, Z1)  # noqa: F821
    dW1 = X.T @ dZ1
    db1 = np.sum(dZ1, axis=1)
    return loss, dW1, db1, dW2, db2
