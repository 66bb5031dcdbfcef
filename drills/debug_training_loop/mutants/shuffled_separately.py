"""X and y are shuffled with two different permutations (two calls to rng.permutation), so the rows no
longer meet their own labels. Draw one permutation per epoch and index both X and y with it."""

import numpy as np


def train(X, y, lr, epochs, batch_size, seed):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = []
    for epoch in range(epochs):
        if seed is None:
            X_epoch, y_epoch = X, y
        else:
            rng = np.random.default_rng(seed + epoch)
            y_epoch = y[rng.permutation(n)]
            X_epoch = X[rng.permutation(n)]
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
