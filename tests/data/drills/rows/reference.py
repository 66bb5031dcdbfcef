import numpy as np


def normalize_rows(X, eps=1e-12):
    return X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), eps)


def argmax_rows(X):
    return np.argmax(X, axis=1)
