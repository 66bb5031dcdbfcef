"""Softmax and the mean cross-entropy of a classifier, with its gradient (numpy only).

This code runs and looks right, but it has 3 bugs. Find them and fix them; keep the function names and
signatures.
"""

import numpy as np


def softmax(z):
    """Softmax over the last axis of z, a (C,) or (N, C) float64 array."""
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


def softmax_cross_entropy(logits, y):
    """Mean cross-entropy of logits (N, C) against integer labels y (N,), and its gradient.

    Returns (loss, dlogits): loss = mean over the N rows of -log softmax(logits)[i, y[i]],
    dlogits = d loss / d logits, shape (N, C).
    """
    n = logits.shape[0]
    probs = softmax(logits)
    onehot = np.zeros_like(probs)
    onehot[np.arange(n), y] = 1.0
    loss = -np.sum(onehot * np.log(probs)) / n
    dlogits = probs - onehot
    return loss, dlogits


if __name__ == "__main__":
    logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.0]])
    print(softmax_cross_entropy(logits, np.array([0, 1])))
