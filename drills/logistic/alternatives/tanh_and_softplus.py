"""A correct solution in another style: tanh-based sigmoid, softplus loss, in-place training updates."""

import numpy as np


def sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float)))


def logistic(X, y, W, b):
    z = X.dot(W) + b
    p = sigmoid(z)
    softplus = np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))
    loss = (softplus - y * z).mean()
    err = p - y
    dW = (X * err[:, None]).mean(axis=0)
    db = err.mean()
    return p, loss, dW, db


def train(X, y, lr=0.1, epochs=100):
    W = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(epochs):
        _, _, dW, db = logistic(X, y, W, b)
        W -= lr * dW
        b -= lr * db
    return W, b
