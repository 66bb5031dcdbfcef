"""dW2 is transposed: it must have W2's shape (H, C), dW2 = A1ᵀ · dlogits, not dlogitsᵀ · A1."""

import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0.0)
    logits = A1 @ W2 + b2
    loss, dlogits = cross_entropy_grad(logits, y)  # noqa: F821  (the reference's)
    dW2 = dlogits.T @ A1
    db2 = np.sum(dlogits, axis=0)
    dZ1 = relu_backward(dlogits @ W2.T, Z1)  # noqa: F821
    dW1 = X.T @ dZ1
    db1 = np.sum(dZ1, axis=0)
    return loss, dW1, db1, dW2, db2
