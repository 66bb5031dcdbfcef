"""The lasso reference agrees with scikit-learn's coordinate descent sweep for sweep (Lasso with
fit_intercept=False, tol=0, max_iter=n_iter, selection="cyclic") on every hidden case, and at convergence
satisfies the lasso's optimality (KKT) conditions with exact zeros."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import Lasso

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("lasso"))
REF = SUITE.reference


def sklearn_lasso(X: np.ndarray, y: np.ndarray, alpha: float, n_iter: int) -> np.ndarray:
    if n_iter == 0:
        return np.zeros(X.shape[1])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        warnings.simplefilter("ignore", UserWarning)  # alpha=0
        model = Lasso(alpha=alpha, fit_intercept=False, tol=0.0, max_iter=n_iter, selection="cyclic")
        return model.fit(X, y).coef_


@pytest.mark.parametrize("case", SUITE.cases, ids=lambda c: c.name)
def test_matches_sklearn_sweep_for_sweep(case) -> None:
    X, y, alpha, n_iter = case.args
    w = REF.lasso_cd(X, y, alpha, n_iter)
    expected = sklearn_lasso(X, y, alpha, n_iter)
    assert w == pytest.approx(expected, rel=1e-9, abs=1e-12)
    assert np.array_equal(w == 0, expected == 0), "exact zeros in the same places"


@pytest.mark.parametrize("n_iter", [1, 2, 3])
def test_each_sweep_matches_sklearn(n_iter) -> None:
    g = np.random.default_rng(5)
    X = g.normal(size=(25, 6)) * g.uniform(0.5, 3, size=6)
    y = X[:, :2] @ np.array([1.0, -2.0]) + 0.3 * g.normal(size=25)
    assert REF.lasso_cd(X, y, 0.1, n_iter) == pytest.approx(sklearn_lasso(X, y, 0.1, n_iter), rel=1e-9, abs=1e-12)


def test_converged_solution_satisfies_kkt() -> None:
    g = np.random.default_rng(6)
    n = 40
    X = g.normal(size=(n, 8)) * g.uniform(0.5, 3, size=8)
    y = X[:, :3] @ np.array([1.5, -1.0, 0.5]) + 0.3 * g.normal(size=n)
    alpha = 0.2
    w = REF.lasso_cd(X, y, alpha, 2000)
    grad = X.T @ (y - X @ w) / n  # -∂(squared-error part)/∂w
    nonzero = w != 0
    assert nonzero.any() and (~nonzero).any()
    assert grad[nonzero] == pytest.approx(alpha * np.sign(w[nonzero]), abs=1e-10)
    assert np.all(np.abs(grad[~nonzero]) <= alpha + 1e-12)


def test_each_update_is_the_exact_coordinate_minimiser() -> None:
    g = np.random.default_rng(7)
    n, alpha = 20, 0.15
    X, y = g.normal(size=(n, 1)) * 2.0, g.normal(size=n)
    w = REF.lasso_cd(X, y, alpha, 1)[0]
    grid = np.linspace(w - 1.0, w + 1.0, 200001)
    objective = ((y[:, None] - X * grid) ** 2).sum(axis=0) / (2 * n) + alpha * np.abs(grid)
    assert grid[objective.argmin()] == pytest.approx(w, abs=2e-5)


def test_all_zero_column_keeps_weight_zero() -> None:
    g = np.random.default_rng(8)
    X, y = g.normal(size=(15, 3)), g.normal(size=15)
    X[:, 1] = 0.0
    w = REF.lasso_cd(X, y, 0.0, 10)
    assert w[1] == 0.0 and np.isfinite(w).all()
