"""The weight gradient is accumulated across steps (grad_w += … and never reset): every update then
moves w by the sum of all the gradients so far. Compute grad_w afresh for each mini-batch (grad_w = …)."""

import numpy as np


def train(X, y, lr, epochs, batch_size, seed):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    grad_w = np.zeros(d)
    history = []
    for epoch in range(epochs):
        order = epoch_order(n, epoch, seed)  # noqa: F821  (the reference's)
        X_epoch, y_epoch = X[order], y[order]
        for start in range(0, n, batch_size):
            Xb = X_epoch[start : start + batch_size]
            yb = y_epoch[start : start + batch_size]
            z = Xb @ w + b
            history.append(bce(z, yb))  # noqa: F821  (the reference's)
            err = sigmoid(z) - yb  # noqa: F821  (the reference's)
            grad_w += Xb.T @ err / len(yb)
            grad_b = np.mean(err)
            w = w - lr * grad_w
            b = b - lr * grad_b
    return w, b, np.array(history)
