"""The gradient is divided by batch_size instead of the number of rows in the batch: the last batch of
an epoch can be smaller, and its gradient is the mean over its own m rows."""

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
            grad_w = Xb.T @ err / batch_size
            w = w - lr * grad_w
            b = b - lr * np.sum(err) / batch_size
    return w, b, np.array(history)
