"""Reference solution: bootstrap samples, out-of-bag masks, bagged decision stumps on random feature
subsets, majority-vote prediction and the out-of-bag score."""

import numpy as np


def bootstrap_indices(n, n_estimators, rng):
    return np.random.default_rng(rng).integers(0, n, size=(n_estimators, n))


def oob_mask(indices, n):
    in_bag = np.zeros((indices.shape[0], n), dtype=bool)
    in_bag[np.arange(indices.shape[0])[:, None], indices] = True
    return ~in_bag


def majority(labels):
    """The most frequent label; a tie goes to the smallest."""
    return int(np.bincount(labels).argmax())


def fit_stump(X, y, features):
    """The stump with the fewest misclassified samples, each side predicting its majority label; ties go to
    the first feature in `features` (sorted), then the lowest threshold. No candidate: a constant stump."""
    classes, codes = np.unique(y, return_inverse=True)
    best = None
    for j in features:
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        onehot = np.eye(len(classes), dtype=np.int64)[codes[order]]
        left = np.cumsum(onehot, axis=0)[:-1]  # (n - 1, C): counts among the first k + 1 sorted samples
        right = left[-1] + onehot[-1] - left if len(left) else left
        cut = np.flatnonzero(xs[1:] > xs[:-1])  # only between distinct values
        if len(cut) == 0:
            continue
        errors = len(y) - left[cut].max(axis=1) - right[cut].max(axis=1)
        k = cut[int(np.argmin(errors))]
        if best is None or errors.min() < best[0]:
            threshold = (xs[k] + xs[k + 1]) / 2.0
            best = (errors.min(), j, threshold, classes[left[k].argmax()], classes[right[k].argmax()])
    if best is None:
        label = majority(y)
        return int(features[0]), np.inf, label, label
    return int(best[1]), float(best[2]), int(best[3]), int(best[4])


def fit(X, y, n_estimators, max_features, rng):
    n, d = X.shape
    g = np.random.default_rng(rng)
    indices = g.integers(0, n, size=(n_estimators, n))
    stumps = []
    for e in range(n_estimators):
        subset = np.sort(g.permutation(d)[:max_features])
        stumps.append(fit_stump(X[indices[e]], y[indices[e]], subset))
    features, thresholds, left, right = zip(*stumps, strict=True)
    return (
        np.array(features, dtype=np.int64),
        np.array(thresholds, dtype=np.float64),
        np.array(left, dtype=np.int64),
        np.array(right, dtype=np.int64),
    )


def votes(features, thresholds, left_labels, right_labels, X):
    """(n_estimators, n) labels: each stump's prediction for each point."""
    go_left = thresholds[:, None] >= X[:, features].T
    return np.where(go_left, left_labels[:, None], right_labels[:, None])


def predict(features, thresholds, left_labels, right_labels, X):
    v = votes(features, thresholds, left_labels, right_labels, X)
    return np.array([majority(column) for column in v.T], dtype=np.int64)


def oob_score(features, thresholds, left_labels, right_labels, mask, X, y):
    v = votes(features, thresholds, left_labels, right_labels, X)
    correct = [majority(v[mask[:, i], i]) == y[i] for i in range(len(y)) if mask[:, i].any()]
    return float(np.mean(correct)) if correct else float("nan")
