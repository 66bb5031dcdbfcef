"""Reference solution: the starter with its 4 bugs fixed — the weight gradient is computed afresh for every
mini-batch, X and y are shuffled with one permutation, both parameters descend (minus the learning rate
times the gradient), and the model is evaluated on the validation set."""

import numpy as np


def sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def bce(z, y):
    """Mean binary cross-entropy of logits z against 0/1 labels y, computed stably."""
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def epoch_order(n, epoch, seed):
    """The order in which epoch `epoch` visits the rows."""
    if seed is None:
        return np.arange(n)
    return np.random.default_rng(seed + epoch).permutation(n)


def train(X, y, lr, epochs, batch_size, seed):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = []
    for epoch in range(epochs):
        order = epoch_order(n, epoch, seed)
        X_epoch, y_epoch = X[order], y[order]
        for start in range(0, n, batch_size):
            Xb = X_epoch[start : start + batch_size]
            yb = y_epoch[start : start + batch_size]
            z = Xb @ w + b
            history.append(bce(z, yb))
            err = sigmoid(z) - yb
            grad_w = Xb.T @ err / len(yb)
            grad_b = np.mean(err)
            w = w - lr * grad_w
            b = b - lr * grad_b
    return w, b, np.array(history)


def evaluate(w, b, X, y):
    z = X @ w + b
    accuracy = float(np.mean((z >= 0).astype(np.int64) == y))
    return bce(z, y), accuracy


def fit_and_evaluate(X_train, y_train, X_val, y_val, lr, epochs, batch_size, seed):
    w, b, _ = train(X_train, y_train, lr, epochs, batch_size, seed)
    val_loss, val_accuracy = evaluate(w, b, X_val, y_val)
    return w, b, val_loss, val_accuracy
