"""The nodes are numbered level by level (breadth-first, with a queue); the format is preorder: a node's
left child right after it, then the whole left subtree, then the right child (a recursive build)."""

from collections import deque

import numpy as np


def fit_tree(X, y, max_depth, criterion="gini"):
    feature, threshold, left, right, value = [], [], [], [], []

    def new_node(rows):
        feature.append(-1)
        threshold.append(float("nan"))
        left.append(-1)
        right.append(-1)
        value.append(majority(y[rows]))  # noqa: F821
        return len(feature) - 1

    queue = deque([(new_node(np.arange(len(y))), np.arange(len(y)), 0)])
    while queue:
        node, rows, depth = queue.popleft()
        if depth == max_depth or np.all(y[rows] == y[rows][0]):
            continue
        f, t, _ = best_split(X[rows], y[rows], criterion)  # noqa: F821
        if f == -1:
            continue
        goes_left = X[rows, f] <= t
        feature[node], threshold[node] = f, t
        left[node] = new_node(rows[goes_left])
        right[node] = new_node(rows[~goes_left])
        queue.append((left[node], rows[goes_left], depth + 1))
        queue.append((right[node], rows[~goes_left], depth + 1))
    return (
        np.array(feature, dtype=np.int64),
        np.array(threshold),
        np.array(left, dtype=np.int64),
        np.array(right, dtype=np.int64),
        np.array(value, dtype=np.int64),
    )
