"""The ridge adds alpha to every entry of XᵀX (XᵀX + alpha) instead of to its diagonal; the penalty
α‖w‖² contributes α·I: Xc.T @ Xc + alpha * np.eye(d)."""

import numpy as np


def ridge(X, y, alpha):
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    w = np.linalg.solve(Xc.T @ Xc + alpha, Xc.T @ (y - y_mean))
    return w, float(y_mean - x_mean @ w)
