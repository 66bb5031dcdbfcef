"""A correct solution in another style: class statistics from a one-hot matrix (one-pass variance
E[x²] − E[x]²), the quadratic form expanded into matrix products, and logaddexp.reduce for the normaliser."""

import numpy as np


def fit(X, y, var_smoothing=1e-9):
    classes, codes = np.unique(y, return_inverse=True)
    onehot = (codes[:, None] == np.arange(len(classes))[None, :]).astype(float)  # (n, C)
    counts = onehot.sum(axis=0)
    means = onehot.T @ X / counts[:, None]
    variances = onehot.T @ (X * X) / counts[:, None] - means**2
    spread = ((X - X.mean(axis=0)) ** 2).mean(axis=0)
    return classes, counts / len(y), means, variances + var_smoothing * spread.max()


def predict_joint_log_proba(classes, priors, means, variances, X):
    precision = 1.0 / variances  # (C, d)
    quad = (X * X) @ precision.T - 2.0 * X @ (means * precision).T + np.sum(means**2 * precision, axis=1)
    return np.log(priors) - 0.5 * (np.log(2.0 * np.pi * variances).sum(axis=1) + quad)


def predict_log_proba(classes, priors, means, variances, X):
    joint = predict_joint_log_proba(classes, priors, means, variances, X)
    return joint - np.logaddexp.reduce(joint, axis=1, keepdims=True)


def predict(classes, priors, means, variances, X):
    return classes[predict_log_proba(classes, priors, means, variances, X).argmax(axis=1)]
