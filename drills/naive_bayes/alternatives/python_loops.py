"""A correct solution with plain loops over classes, points and features (math.log, a dictionary of
class statistics, an explicit first-maximum search)."""

import math

import numpy as np


def fit(X, y, var_smoothing=1e-9):
    n, d = X.shape
    rows = {}
    for i, label in enumerate(y.tolist()):
        rows.setdefault(label, []).append(i)
    overall = [float(np.var(X[:, j])) for j in range(d)]
    eps = var_smoothing * max(overall)
    classes = sorted(rows)
    priors, means, variances = [], [], []
    for c in classes:
        block = X[rows[c]]
        mu = [sum(block[:, j]) / len(block) for j in range(d)]
        var = [sum((v - mu[j]) ** 2 for v in block[:, j]) / len(block) + eps for j in range(d)]
        priors.append(len(block) / n)
        means.append(mu)
        variances.append(var)
    return np.array(classes, dtype=np.int64), np.array(priors), np.array(means), np.array(variances)


def predict_joint_log_proba(classes, priors, means, variances, X):
    out = np.empty((len(X), len(priors)))
    for i, x in enumerate(X.tolist()):
        for c in range(len(priors)):
            total = math.log(priors[c])
            for j, value in enumerate(x):
                var = variances[c, j]
                total += -0.5 * math.log(2 * math.pi * var) - (value - means[c, j]) ** 2 / (2 * var)
            out[i, c] = total
    return out


def predict_log_proba(classes, priors, means, variances, X):
    joint = predict_joint_log_proba(classes, priors, means, variances, X)
    out = np.empty_like(joint)
    for i, row in enumerate(joint.tolist()):
        top = max(row)
        lse = top + math.log(sum(math.exp(v - top) for v in row))
        out[i] = [v - lse for v in row]
    return out


def predict(classes, priors, means, variances, X):
    joint = predict_joint_log_proba(classes, priors, means, variances, X)
    labels = []
    for row in joint.tolist():
        best = 0
        for k in range(1, len(row)):
            if row[k] > row[best]:
                best = k
        labels.append(classes[best])
    return np.array(labels, dtype=np.int64)
