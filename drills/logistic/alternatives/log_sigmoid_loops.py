"""A correct solution with loops: log-sigmoid for the loss, per-example gradient accumulation."""

import numpy as np


def sigmoid(x):
    x = np.asarray(x, dtype=float)
    out = np.empty_like(x)
    pos = x >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    ex = np.exp(x[~pos])
    out[~pos] = ex / (1.0 + ex)
    return out


def log_sigmoid(z):
    return -np.logaddexp(0.0, -z)


def logistic(X, y, W, b):
    m, n = X.shape
    z = np.einsum("ij,j->i", X, W) + b
    predict = sigmoid(z)
    loss = -np.sum(y * log_sigmoid(z) + (1 - y) * log_sigmoid(-z)) / m
    dW = np.zeros(n)
    db = 0.0
    for i in range(m):
        dW += (predict[i] - y[i]) * X[i]
        db += predict[i] - y[i]
    return predict, float(loss), dW / m, db / m


def train(X, y, lr=0.1, epochs=100):
    W, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        W, b = step(X, y, W, b, lr)
    return W, b


def step(X, y, W, b, lr):
    _, _, dW, db = logistic(X, y, W, b)
    return W - lr * dW, b - lr * db
