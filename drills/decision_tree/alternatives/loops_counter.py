"""A correct solution in another style: Counter and math.log2 for impurities, plain loops for the split
search, nodes as dicts flattened in preorder, and a per-row loop for prediction."""

import itertools
import math
from collections import Counter

import numpy as np


def gini(y):
    n = len(y)
    return 1.0 - sum((c / n) ** 2 for c in Counter(y.tolist()).values())


def entropy(y):
    n = len(y)
    return -sum((c / n) * math.log2(c / n) for c in Counter(y.tolist()).values())


def best_split(X, y, criterion):
    impurity = gini if criterion == "gini" else entropy
    n, d = X.shape
    parent = impurity(y)
    best = None
    for j in range(d):
        values = sorted(set(X[:, j].tolist()))
        for a, b in itertools.pairwise(values):
            t = (a + b) / 2
            mask = X[:, j] <= t
            yl, yr = y[mask], y[~mask]
            gain = parent - len(yl) / n * impurity(yl) - len(yr) / n * impurity(yr)
            if best is None or gain > best[2] + 1e-12:
                best = (j, t, gain)
    if best is None:
        return -1, math.nan, 0.0
    return best


def _majority(y):
    counts = Counter(y.tolist())
    top = max(counts.values())
    return min(label for label, c in counts.items() if c == top)


def _grow(X, y, depth, max_depth, criterion):
    node = {"value": _majority(y)}
    if depth >= max_depth or len(set(y.tolist())) == 1:
        return node
    j, t, _ = best_split(X, y, criterion)
    if j < 0:
        return node
    mask = X[:, j] <= t
    node.update(
        feature=j,
        threshold=t,
        left=_grow(X[mask], y[mask], depth + 1, max_depth, criterion),
        right=_grow(X[~mask], y[~mask], depth + 1, max_depth, criterion),
    )
    return node


def fit_tree(X, y, max_depth, criterion="gini"):
    rows = []

    def flatten(node):
        i = len(rows)
        rows.append([-1, math.nan, -1, -1, node["value"]])
        if "feature" in node:
            rows[i][0], rows[i][1] = node["feature"], node["threshold"]
            rows[i][2] = flatten(node["left"])
            rows[i][3] = flatten(node["right"])
        return i

    flatten(_grow(X, y, 0, max_depth, criterion))
    cols = list(zip(*rows, strict=True))
    return (
        np.array(cols[0], dtype=int),
        np.array(cols[1], dtype=float),
        np.array(cols[2], dtype=int),
        np.array(cols[3], dtype=int),
        np.array(cols[4], dtype=int),
    )


def predict_tree(feature, threshold, left, right, value, X):
    preds = []
    for x in X:
        i = 0
        while feature[i] >= 0:
            i = left[i] if x[feature[i]] <= threshold[i] else right[i]
        preds.append(value[i])
    return np.array(preds, dtype=np.int64)
