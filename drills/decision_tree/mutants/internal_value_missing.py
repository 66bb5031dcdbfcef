"""Internal nodes get value −1; every node, internal ones included, holds the majority label of its
training samples."""

import numpy as np


def fit_tree(X, y, max_depth, criterion="gini"):
    feature, threshold, left, right, value = [], [], [], [], []

    def build(rows, depth):
        node = len(feature)
        feature.append(-1)
        threshold.append(float("nan"))
        left.append(-1)
        right.append(-1)
        value.append(majority(y[rows]))  # noqa: F821
        if depth == max_depth or np.all(y[rows] == y[rows][0]):
            return node
        f, t, _ = best_split(X[rows], y[rows], criterion)  # noqa: F821
        if f == -1:
            return node
        goes_left = X[rows, f] <= t
        feature[node], threshold[node] = f, t
        value[node] = -1
        left[node] = build(rows[goes_left], depth + 1)
        right[node] = build(rows[~goes_left], depth + 1)
        return node

    build(np.arange(len(y)), 0)
    return (
        np.array(feature, dtype=np.int64),
        np.array(threshold, dtype=np.float64),
        np.array(left, dtype=np.int64),
        np.array(right, dtype=np.int64),
        np.array(value, dtype=np.int64),
    )
