"""Reference solution: impurities, the best CART split, and a classification tree stored as arrays."""

import numpy as np

TIE = 1e-12  # gains this close to the best count as ties


def class_probabilities(y):
    counts = np.unique(y, return_counts=True)[1]  # only the classes present
    return counts / len(y)


def gini(y):
    p = class_probabilities(y)
    return float(1.0 - np.sum(p * p))


def entropy(y):
    p = class_probabilities(y)
    return float(-np.sum(p * np.log2(p))) + 0.0  # + 0.0 turns -0.0 into 0.0


def impurity_of_counts(counts, criterion):
    """Impurity of each row of a (m, classes) array of class counts (all rows non-empty)."""
    p = counts / counts.sum(axis=1, keepdims=True)
    if criterion == "gini":
        return 1.0 - np.sum(p * p, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.sum(np.where(p > 0, p * np.log2(p), 0.0), axis=1)


def best_split(X, y, criterion):
    n, d = X.shape
    classes, codes = np.unique(y, return_inverse=True)
    one_hot = np.eye(len(classes))[codes]  # (n, classes)
    parent = gini(y) if criterion == "gini" else entropy(y)
    found = []  # (gain, feature, threshold) for every candidate
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        x = X[order, j]
        left_counts = np.cumsum(one_hot[order], axis=0)[:-1]  # row i: the class counts of x[: i + 1]
        right_counts = one_hot.sum(axis=0) - left_counts
        cut = np.flatnonzero(x[1:] > x[:-1])  # split between positions cut and cut + 1
        if cut.size == 0:
            continue
        n_left = (cut + 1).astype(np.float64)
        children = (
            n_left * impurity_of_counts(left_counts[cut], criterion)
            + (n - n_left) * impurity_of_counts(right_counts[cut], criterion)
        ) / n
        thresholds = (x[cut] + x[cut + 1]) / 2
        found += [(parent - c, j, t) for c, t in zip(children, thresholds, strict=True)]
    if not found:
        return -1, float("nan"), 0.0
    best = max(g for g, _, _ in found)
    feature, threshold, gain = min((f, t, g) for g, f, t in found if g >= best - TIE)
    return int(feature), float(threshold), float(gain)


def majority(y):
    """The most frequent label; a tie goes to the smallest."""
    return int(np.bincount(y).argmax())


def fit_tree(X, y, max_depth, criterion="gini"):
    feature, threshold, left, right, value = [], [], [], [], []

    def build(rows, depth):
        node = len(feature)
        feature.append(-1)
        threshold.append(float("nan"))
        left.append(-1)
        right.append(-1)
        value.append(majority(y[rows]))
        if depth == max_depth or np.all(y[rows] == y[rows][0]):
            return node
        f, t, _ = best_split(X[rows], y[rows], criterion)
        if f == -1:
            return node
        goes_left = X[rows, f] <= t
        feature[node], threshold[node] = f, t
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


def predict_tree(feature, threshold, left, right, value, X):
    node = np.zeros(len(X), dtype=np.int64)  # every sample starts at the root
    rows = np.arange(len(X))
    while True:
        inner = feature[node] != -1
        if not inner.any():
            return value[node].astype(np.int64)
        f = feature[node[inner]]
        goes_left = X[rows[inner], f] <= threshold[node[inner]]
        node[inner] = np.where(goes_left, left[node[inner]], right[node[inner]])
