"""The gradient is divided by n, the number of rows of the whole training set, instead of m, the number of
rows in the mini-batch: each step is the gradient of the batch's mean loss, grad_w = Xb.T @ err / m and
grad_b = mean(err)."""

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
            grad_w = Xb.T @ err / n
            w = w - lr * grad_w
            b = b - lr * np.sum(err) / n
    return w, b, np.array(history)
