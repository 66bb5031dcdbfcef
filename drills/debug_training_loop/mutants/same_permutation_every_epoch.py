"""Every epoch uses the same order, np.random.default_rng(seed).permutation(n) (or a permutation drawn
once before the loop): epoch e is shuffled by np.random.default_rng(seed + e).permutation(n)."""

import numpy as np


def train(X, y, lr, epochs, batch_size, seed):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = []
    for _epoch in range(epochs):
        order = np.arange(n) if seed is None else np.random.default_rng(seed).permutation(n)
        X_epoch, y_epoch = X[order], y[order]
        for start in range(0, n, batch_size):
            Xb = X_epoch[start : start + batch_size]
            yb = y_epoch[start : start + batch_size]
            z = Xb @ w + b
            history.append(bce(z, yb))  # noqa: F821  (the reference's)
            err = sigmoid(z) - yb  # noqa: F821  (the reference's)
            grad_w = Xb.T @ err / len(yb)
            grad_b = np.mean(err)
            w = w - lr * grad_w
            b = b - lr * grad_b
    return w, b, np.array(history)
