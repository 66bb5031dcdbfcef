"""The least squares solves the normal equations XᵀX θ = Xᵀy with np.linalg.solve (or inv): when X is
rank-deficient XᵀX is singular and that fails. np.linalg.lstsq (or pinv) on the centred data gives the
minimum-norm solution instead."""

import numpy as np


def fit_normal_equation(X, y):
    A = np.column_stack([X, np.ones(len(X))])
    theta = np.linalg.solve(A.T @ A, A.T @ y)
    return theta[:-1], float(theta[-1])
