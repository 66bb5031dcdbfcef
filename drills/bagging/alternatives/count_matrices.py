"""A correct solution in another style: the out-of-bag mask from per-row bincounts, each stump scored with
a (thresholds × samples) split matrix and per-label count matrices, and every vote counted at once into a
(points × labels) table with np.add.at."""

import numpy as np


def bootstrap_indices(n, n_estimators, rng):
    return np.random.default_rng(rng).integers(0, n, size=(n_estimators, n))


def oob_mask(indices, n):
    return np.stack([np.bincount(row, minlength=n) == 0 for row in indices])


def side_counts(go, onehot):
    """Label counts on each side of each candidate: go (k, m) bool, onehot (m, C) -> two (k, C) arrays."""
    left = go.astype(np.int64) @ onehot
    return left, onehot.sum(axis=0) - left


def fit_one(Xb, yb, subset):
    classes = np.unique(yb)
    onehot = (yb[:, None] == classes[None, :]).astype(np.int64)
    best = None
    for j in subset:
        v = np.unique(Xb[:, j])
        if v.size < 2:
            continue
        t = (v[:-1] + v[1:]) / 2
        left, right = side_counts(Xb[None, :, j] <= t[:, None], onehot)
        errors = len(yb) - left.max(axis=1) - right.max(axis=1)
        k = int(errors.argmin())
        if best is None or errors[k] < best[0]:
            best = (errors[k], j, t[k], classes[left[k].argmax()], classes[right[k].argmax()])
    if best is None:
        label = classes[onehot.sum(axis=0).argmax()]
        return subset[0], np.inf, label, label
    return best[1:]


def fit(X, y, n_estimators, max_features, rng):
    n, d = X.shape
    g = np.random.default_rng(rng)
    indices = g.integers(0, n, size=(n_estimators, n))
    subsets = []
    for _ in range(n_estimators):
        subsets.append(np.sort(g.permutation(d)[:max_features]))
    rows = [fit_one(X[idx], y[idx], s) for idx, s in zip(indices, subsets, strict=True)]
    f, t, a, b = (np.array(col) for col in zip(*rows, strict=True))
    return f.astype(np.int64), t.astype(np.float64), a.astype(np.int64), b.astype(np.int64)


def vote_table(features, thresholds, left_labels, right_labels, X, weights):
    """(n, max_label + 1) counts of votes; weights (n_estimators, n) says which votes count."""
    votes = np.where(X[:, features] <= thresholds, left_labels, right_labels)  # (n, n_estimators)
    table = np.zeros((len(X), int(max(left_labels.max(), right_labels.max())) + 1), dtype=np.int64)
    rows = np.broadcast_to(np.arange(len(X))[:, None], votes.shape)
    np.add.at(table, (rows, votes), weights.T.astype(np.int64))
    return table


def predict(features, thresholds, left_labels, right_labels, X):
    ones = np.ones((len(features), len(X)))
    return vote_table(features, thresholds, left_labels, right_labels, X, ones).argmax(axis=1).astype(np.int64)


def oob_score(features, thresholds, left_labels, right_labels, mask, X, y):
    table = vote_table(features, thresholds, left_labels, right_labels, X, mask)
    has_vote = mask.any(axis=0)
    if not has_vote.any():
        return float("nan")
    return float(np.mean(table.argmax(axis=1)[has_vote] == y[has_vote]))
