"""Reference solution: softmax, log-softmax and cross-entropy with ignore_index and label smoothing."""

import numpy as np


def softmax(z, axis=-1):
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(z, axis=-1):
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def smoothed_targets(y, classes, keep, label_smoothing):
    """(N, C): ε/C everywhere, plus 1 − ε at the label of every kept row."""
    target = np.full((y.shape[0], classes), label_smoothing / classes)
    rows = np.flatnonzero(keep)
    target[rows, y[rows]] += 1.0 - label_smoothing
    return target


def cross_entropy(logits, y, ignore_index=-100, label_smoothing=0.0):
    c = logits.shape[1]
    keep = y != ignore_index
    m = int(keep.sum())
    if m == 0:
        return 0.0, np.zeros_like(logits)
    target = smoothed_targets(y, c, keep, label_smoothing)
    per_row = -np.sum(target * log_softmax(logits, axis=1), axis=1)
    loss = float(np.sum(per_row[keep]) / m)
    dlogits = (softmax(logits, axis=1) - target) * keep[:, None] / m
    return loss, dlogits
