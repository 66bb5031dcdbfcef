"""The ridge fits w on the raw X and y (solve(XᵀX + αI, Xᵀy)), as if there were no intercept, and only then
sets b = mean(y) − mean(X)·w; with an unpenalised intercept, w comes from the centred data: Xc = X − mean(X)
and yc = y − mean(y)."""

import numpy as np


def ridge(X, y, alpha):
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
    return w, float(y.mean() - X.mean(axis=0) @ w)
