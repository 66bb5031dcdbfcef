"""Mini-batch gradient descent for logistic regression, with evaluation on a validation set (numpy only).

This code runs and the loss goes down on some data, but it has 4 bugs. Find them and fix them; keep the
function names and signatures.
"""

import numpy as np


def sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def bce(z, y):
    """Mean binary cross-entropy of logits z against 0/1 labels y, computed stably."""
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def train(X, y, lr, epochs, batch_size, seed):
    """Logistic regression by mini-batch gradient descent from w = 0, b = 0.

    Returns (w, b, train_loss_history): the loss of every mini-batch, before its update.
    """
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    grad_w = np.zeros(d)
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
            history.append(bce(z, yb))
            err = sigmoid(z) - yb
            grad_w += Xb.T @ err / len(yb)
            grad_b = np.mean(err)
            w -= lr * grad_w
            b += lr * grad_b
    return w, b, np.array(history)


def evaluate(w, b, X, y):
    """(mean binary cross-entropy, accuracy) of the model on (X, y); predict 1 where X @ w + b >= 0."""
    z = X @ w + b
    accuracy = float(np.mean((z >= 0).astype(np.int64) == y))
    return bce(z, y), accuracy


def fit_and_evaluate(X_train, y_train, X_val, y_val, lr, epochs, batch_size, seed):
    """Train on the training set, then measure the model on the validation set.

    Returns (w, b, val_loss, val_accuracy).
    """
    w, b, _ = train(X_train, y_train, lr, epochs, batch_size, seed)
    val_loss, val_accuracy = evaluate(w, b, X_train, y_train)
    return w, b, val_loss, val_accuracy


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    y = (X @ np.array([1.0, -2.0, 0.5]) > 0).astype(np.int64)
    print(fit_and_evaluate(X[:30], y[:30], X[30:], y[30:], lr=0.5, epochs=5, batch_size=8, seed=0))
