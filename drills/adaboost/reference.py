"""Reference solution: discrete AdaBoost with decision stumps on labels ±1."""

import numpy as np

TIE = 1e-12
CLIP = 1e-10


def stump_errors(X, y, w):
    """Every candidate stump in the tie-break order (feature, then threshold ascending, then polarity
    +1 before −1), as arrays of features, thresholds, polarities and weighted errors."""
    features, thresholds, polarities, errors = [], [], [], []
    for j in range(X.shape[1]):
        values, inverse = np.unique(X[:, j], return_inverse=True)
        if len(values) < 2:
            continue
        pos = np.bincount(inverse, weights=w * (y == 1), minlength=len(values))
        neg = np.bincount(inverse, weights=w * (y == -1), minlength=len(values))
        pos_le, neg_le = np.cumsum(pos)[:-1], np.cumsum(neg)[:-1]  # weight at or below each midpoint
        # polarity +1 predicts +1 above t: wrong on positives at or below t and negatives above it
        err_plus = pos_le + (neg.sum() - neg_le)
        err_minus = neg_le + (pos.sum() - pos_le)
        k = len(values) - 1
        features.append(np.full(2 * k, j))
        thresholds.append(np.repeat((values[:-1] + values[1:]) / 2.0, 2))
        polarities.append(np.tile([1, -1], k))
        errors.append(np.stack([err_plus, err_minus], axis=1).ravel())
    return tuple(np.concatenate(a) for a in (features, thresholds, polarities, errors))


def stump_predict(X, feature, threshold, polarity):
    return np.where(X[:, feature] > threshold, polarity, -polarity)


def fit(X, y, n_rounds):
    n = len(y)
    w = np.full(n, 1.0 / n)
    features = np.zeros(n_rounds, dtype=np.int64)
    thresholds = np.zeros(n_rounds)
    polarities = np.zeros(n_rounds, dtype=np.int64)
    alphas = np.zeros(n_rounds)
    for m in range(n_rounds):
        f, t, p, err = stump_errors(X, y, w)
        best = int(np.flatnonzero(err <= err.min() + TIE)[0])
        eps = np.clip(err[best], CLIP, 1.0 - CLIP)
        alpha = 0.5 * np.log((1.0 - eps) / eps)
        h = stump_predict(X, f[best], t[best], p[best])
        w = w * np.exp(-alpha * y * h)
        w = w / w.sum()
        features[m], thresholds[m], polarities[m], alphas[m] = f[best], t[best], p[best], alpha
    return features, thresholds, polarities, alphas


def predict(features, thresholds, polarities, alphas, X):
    score = np.zeros(len(X))
    for f, t, p, a in zip(features, thresholds, polarities, alphas, strict=True):
        score += a * stump_predict(X, f, t, p)
    return np.where(score >= 0, 1, -1).astype(np.int64)
