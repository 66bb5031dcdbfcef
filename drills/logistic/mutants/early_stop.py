"""train stops early once the loss changes by less than a tolerance between epochs; the task is exactly
`epochs` gradient steps, however flat the loss has become."""

import numpy as np


def train(X, y, lr=0.1, epochs=100):
    W = np.zeros(X.shape[1])
    b = 0.0
    previous = None
    for _ in range(epochs):
        _, loss, dW, db = logistic(X, y, W, b)  # noqa: F821  (the reference's)
        if previous is not None and abs(previous - loss) < 1e-6:
            break
        previous = loss
        W = W - lr * dW
        b = b - lr * db
    return W, b
