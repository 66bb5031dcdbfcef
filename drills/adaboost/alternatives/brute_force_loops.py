"""A correct solution with plain loops: every candidate stump scored by brute force, a strict-improvement
scan with the 1e-12 tie rule, α = arctanh(1 − 2ε) (the same number as ½·ln((1 − ε)/ε)), and the
AdaBoost.M1 form of the update, w ← w·exp(2α·[wrong]), which equals exp(−α·y·h) after renormalising."""

import itertools
import math

import numpy as np


def fit(X, y, n_rounds):
    n, d = X.shape
    w = np.ones(n) / n
    features, thresholds, polarities, alphas = [], [], [], []
    for _ in range(n_rounds):
        candidates = []
        for j in range(d):
            values = sorted(set(X[:, j].tolist()))
            for a, b in itertools.pairwise(values):
                t = (a + b) / 2
                above = X[:, j] > t
                for p in (1, -1):
                    h = np.where(above, p, -p)
                    candidates.append((float(w[h != y].sum()), j, t, p))
        smallest = min(c[0] for c in candidates)
        err, j, t, p = next(c for c in candidates if c[0] <= smallest + 1e-12)
        eps = min(max(err, 1e-10), 1 - 1e-10)
        alpha = math.atanh(1 - 2 * eps)
        wrong = np.where(X[:, j] > t, p, -p) != y
        w = w * np.exp(2 * alpha * wrong)
        w /= w.sum()
        features.append(j)
        thresholds.append(t)
        polarities.append(p)
        alphas.append(alpha)
    return (
        np.array(features, dtype=np.int64),
        np.array(thresholds),
        np.array(polarities, dtype=np.int64),
        np.array(alphas),
    )


def predict(features, thresholds, polarities, alphas, X):
    labels = np.empty(len(X), dtype=np.int64)
    for i, x in enumerate(X):
        score = 0.0
        for j, t, p, a in zip(features, thresholds, polarities, alphas, strict=True):
            score += a * (p if x[j] > t else -p)
        labels[i] = 1 if score >= 0 else -1
    return labels
