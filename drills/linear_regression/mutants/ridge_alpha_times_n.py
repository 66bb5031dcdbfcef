"""The ridge minimises the mean squared error plus α‖w‖² (alpha multiplied by n in the solution); the
objective here is the plain sum ‖y − Xw − b‖² + α‖w‖², scikit-learn's Ridge: XcᵀXc + αI."""

import numpy as np


def ridge(X, y, alpha):
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    w = np.linalg.solve(Xc.T @ Xc + n * alpha * np.eye(d), Xc.T @ (y - y_mean))
    return w, float(y_mean - x_mean @ w)
