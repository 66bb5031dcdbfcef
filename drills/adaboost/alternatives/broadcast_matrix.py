"""A correct solution in another style: for each feature, a (thresholds × samples) matrix of "above"
flags, so every candidate's weighted error is one matrix-vector product; polarity −1's error is the total
weight minus polarity +1's; and predict as one matrix of stump outputs times α."""

import numpy as np


def candidates(X, y, w):
    rows = []
    for j in range(X.shape[1]):
        v = np.unique(X[:, j])
        t = (v[:-1] + v[1:]) / 2
        above = X[None, :, j] > t[:, None]  # (k, n)
        wrong_plus = np.where(above, y[None, :] != 1, y[None, :] != -1)
        e_plus = wrong_plus @ w
        e_minus = w.sum() - e_plus
        for k in range(len(t)):
            rows.append((j, t[k], 1, e_plus[k]))
            rows.append((j, t[k], -1, e_minus[k]))
    return rows


def fit(X, y, n_rounds):
    n = len(y)
    w = np.full(n, 1 / n)
    model = []
    for _ in range(n_rounds):
        rows = candidates(X, y, w)
        errors = np.array([r[3] for r in rows])
        j, t, p, e = rows[int(np.argmax(errors <= errors.min() + 1e-12))]
        e = np.clip(e, 1e-10, 1 - 1e-10)
        alpha = 0.5 * (np.log1p(-e) - np.log(e))
        h = np.where(X[:, j] > t, p, -p)
        w = w * np.exp(-alpha * y * h)
        w = w / np.sum(w)
        model.append((j, t, p, alpha))
    f, t, p, a = zip(*model, strict=True)
    return np.array(f, dtype=np.int64), np.array(t, dtype=float), np.array(p, dtype=np.int64), np.array(a)


def predict(features, thresholds, polarities, alphas, X):
    above = X[:, features] > thresholds[None, :]  # (n, rounds)
    h = np.where(above, polarities[None, :], -polarities[None, :])
    score = h @ alphas
    return np.where(score >= 0, 1, -1).astype(np.int64)
