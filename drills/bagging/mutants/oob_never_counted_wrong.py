"""Samples that are never out of bag are counted as wrong (the score divides by n); they take no part:
the score is the accuracy over the samples that have at least one out-of-bag estimator."""

import numpy as np


def oob_score(features, thresholds, left_labels, right_labels, mask, X, y):
    v = votes(features, thresholds, left_labels, right_labels, X)  # noqa: F821  (the reference's)
    correct = 0
    for i in range(len(y)):
        if mask[:, i].any():
            correct += np.bincount(v[mask[:, i], i]).argmax() == y[i]
    return correct / len(y) if mask.any() else float("nan")
