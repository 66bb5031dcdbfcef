"""The gradient is summed over the mini-batch instead of averaged: the loss is the mean over the batch,
so grad_w = Xb.T @ err / m and grad_b = mean(err), with m the number of rows in the batch."""

import numpy as np


def train(X, y, lr, epochs, batch_size, seed):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
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
            grad_w = Xb.T @ err
            w = w - lr * grad_w
            b = b - lr * np.sum(err)
    return w, b, np.array(history)
