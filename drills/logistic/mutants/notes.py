"""This is the logistic regression code from the notes, which has several bugs: the sigmoid overflows for
large negative inputs; the loss has a wrong sign on the (1 − y)·log(1 − p) term and is an array of m
values instead of their mean; and dW = np.dot(X, p − y) uses X where Xᵀ belongs (it only runs when m = n)."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def logistic(X, y, W, b):
    batch_size = X.shape[0]
    predict = sigmoid(np.dot(X, W) + b)
    loss = -1 * (y * np.log(predict) - (1 - y) * np.log(1 - predict)) / batch_size
    dW = np.dot(X, predict - y) / batch_size
    db = np.sum(predict - y) / batch_size
    return predict, loss, dW, db
