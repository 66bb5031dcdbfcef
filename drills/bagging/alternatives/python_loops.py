"""A correct solution with plain loops: sets for the out-of-bag mask, a brute-force stump search with
dictionaries of label counts, and votes counted point by point."""

import itertools
import math

import numpy as np


def bootstrap_indices(n, n_estimators, rng):
    generator = np.random.default_rng(rng)
    return generator.integers(0, n, size=(n_estimators, n))


def oob_mask(indices, n):
    mask = np.zeros((len(indices), n), dtype=bool)
    for e, row in enumerate(indices.tolist()):
        drawn = set(row)
        for i in range(n):
            mask[e, i] = i not in drawn
    return mask


def most_common(labels):
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    best = max(counts.values())
    return min(label for label, c in counts.items() if c == best)


def stump(Xb, yb, subset):
    labels = yb.tolist()
    best = None
    for j in subset:
        column = Xb[:, j].tolist()
        for a, b in itertools.pairwise(sorted(set(column))):
            t = (a + b) / 2
            left = [lab for x, lab in zip(column, labels, strict=True) if x <= t]
            right = [lab for x, lab in zip(column, labels, strict=True) if x > t]
            pl, pr = most_common(left), most_common(right)
            errors = sum(lab != pl for lab in left) + sum(lab != pr for lab in right)
            if best is None or errors < best[0]:
                best = (errors, int(j), t, pl, pr)
    if best is None:
        label = most_common(labels)
        return int(subset[0]), math.inf, label, label
    return best[1:]


def fit(X, y, n_estimators, max_features, rng):
    n, d = X.shape
    g = np.random.default_rng(rng)
    indices = g.integers(0, n, size=(n_estimators, n))
    features, thresholds, lefts, rights = [], [], [], []
    for e in range(n_estimators):
        subset = sorted(g.permutation(d)[:max_features].tolist())
        j, t, a, b = stump(X[indices[e]], y[indices[e]], subset)
        features.append(j)
        thresholds.append(t)
        lefts.append(a)
        rights.append(b)
    return (
        np.array(features, dtype=np.int64),
        np.array(thresholds, dtype=float),
        np.array(lefts, dtype=np.int64),
        np.array(rights, dtype=np.int64),
    )


def vote_of(x, stumps):
    return most_common([a if x[j] <= t else b for j, t, a, b in stumps])


def predict(features, thresholds, left_labels, right_labels, X):
    stumps = list(zip(features.tolist(), thresholds.tolist(), left_labels.tolist(), right_labels.tolist(), strict=True))
    return np.array([vote_of(x, stumps) for x in X.tolist()], dtype=np.int64)


def oob_score(features, thresholds, left_labels, right_labels, mask, X, y):
    stumps = list(zip(features.tolist(), thresholds.tolist(), left_labels.tolist(), right_labels.tolist(), strict=True))
    right = total = 0
    for i, x in enumerate(X.tolist()):
        mine = [s for e, s in enumerate(stumps) if mask[e, i]]
        if mine:
            total += 1
            right += vote_of(x, mine) == y[i]
    return right / total if total else math.nan
