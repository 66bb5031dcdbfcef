"""A correct solution written from scratch with Python loops over the rows of each mini-batch, math.exp /
math.log1p for the sigmoid and the loss, and the batches taken as index lists from the epoch's order."""

import math

import numpy as np


def _softplus(z):
    return max(z, 0.0) + math.log1p(math.exp(-abs(z)))


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def train(X, y, lr, epochs, batch_size, seed):
    n, d = X.shape
    w = [0.0] * d
    b = 0.0
    history = []
    rows = X.tolist()
    labels = [int(v) for v in y]
    for epoch in range(epochs):
        order = list(range(n)) if seed is None else np.random.default_rng(seed + epoch).permutation(n).tolist()
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            m = len(batch)
            loss = 0.0
            gw = [0.0] * d
            gb = 0.0
            for i in batch:
                z = sum(wj * xj for wj, xj in zip(w, rows[i], strict=True)) + b
                loss += _softplus(z) - labels[i] * z
                err = _sigmoid(z) - labels[i]
                for j in range(d):
                    gw[j] += err * rows[i][j]
                gb += err
            history.append(loss / m)
            w = [wj - lr * g / m for wj, g in zip(w, gw, strict=True)]
            b -= lr * gb / m
    return np.array(w, dtype=float), b, np.array(history, dtype=float)


def evaluate(w, b, X, y):
    loss = 0.0
    correct = 0
    for row, label in zip(X.tolist(), y.tolist(), strict=True):
        z = sum(wj * xj for wj, xj in zip(w.tolist(), row, strict=True)) + b
        loss += _softplus(z) - label * z
        correct += int((1 if z >= 0 else 0) == label)
    return loss / len(y), correct / len(y)


def fit_and_evaluate(X_train, y_train, X_val, y_val, lr, epochs, batch_size, seed):
    w, b, _history = train(X_train, y_train, lr, epochs, batch_size, seed)
    val_loss, val_accuracy = evaluate(w, b, X_val, y_val)
    return w, b, val_loss, val_accuracy
