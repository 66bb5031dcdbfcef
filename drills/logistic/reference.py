"""Reference solution: logistic regression."""

import numpy as np


def sigmoid(x):
    x = np.asarray(x, dtype=np.float64)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def logistic(X, y, W, b):
    m = X.shape[0]
    z = X @ W + b
    predict = sigmoid(z)
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    residual = predict - y
    dW = X.T @ residual / m
    db = float(np.mean(residual))
    return predict, loss, dW, db


def train(X, y, lr=0.1, epochs=100):
    W = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(epochs):
        _, _, dW, db = logistic(X, y, W, b)
        W = W - lr * dW
        b = b - lr * db
    return W, b
