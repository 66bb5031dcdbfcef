"""The linear_regression reference agrees with independent oracles on every hidden case: scikit-learn's
LinearRegression (minimum-norm least squares with an unpenalised intercept) and Ridge, and gradient descent
replayed with central finite-difference gradients of the stated loss L = (1/n)·Σ(Xw + b − y)²."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.linear_model import LinearRegression, Ridge

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("linear_regression"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


def loss(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    return float(np.mean((X @ theta[:-1] + theta[-1] - y) ** 2))


def numeric_gradient(X: np.ndarray, y: np.ndarray, theta: np.ndarray, h: float = 1e-6) -> np.ndarray:
    grad = np.zeros_like(theta)
    for j in range(theta.size):
        e = np.zeros_like(theta)
        e[j] = h
        grad[j] = (loss(X, y, theta + e) - loss(X, y, theta - e)) / (2 * h)
    return grad


@pytest.mark.parametrize("case", cases_of("fit_gd"), ids=lambda c: c.name)
def test_gd_matches_finite_difference_descent(case) -> None:
    X, y, lr, epochs = case.args
    w, b = REF.fit_gd(X, y, lr, epochs)
    theta = np.zeros(X.shape[1] + 1)
    for _ in range(epochs):
        theta = theta - lr * numeric_gradient(X, y, theta)
    assert np.concatenate([w, [b]]) == pytest.approx(theta, rel=1e-6, abs=1e-12)


def test_gd_gradient_step_is_the_exact_gradient() -> None:
    g = np.random.default_rng(0)
    X, y = g.normal(size=(15, 4)), g.normal(size=15)
    lr = 1e-3
    w, b = REF.fit_gd(X, y, lr, 1)  # one step from zero: -lr times the gradient at 0
    numeric = numeric_gradient(X, y, np.zeros(5))
    analytic = -np.concatenate([w, [b]]) / lr
    assert np.max(np.abs(analytic - numeric)) / np.max(np.abs(numeric)) < 1e-6


def test_gd_converges_to_least_squares() -> None:
    g = np.random.default_rng(1)
    X = g.normal(size=(40, 3))
    y = X @ np.array([1.0, -2.0, 0.5]) + 3.0 + 0.1 * g.normal(size=40)
    w, b = REF.fit_gd(X, y, 0.1, 2000)
    model = LinearRegression().fit(X, y)
    assert w == pytest.approx(model.coef_, rel=1e-8)
    assert b == pytest.approx(model.intercept_, rel=1e-8)


@pytest.mark.parametrize("case", cases_of("fit_normal_equation"), ids=lambda c: c.name)
def test_least_squares_matches_sklearn(case) -> None:
    X, y = case.args
    w, b = REF.fit_normal_equation(X, y)
    model = LinearRegression().fit(X, y)
    assert w == pytest.approx(model.coef_, rel=1e-7, abs=1e-9)
    assert b == pytest.approx(model.intercept_, rel=1e-7, abs=1e-9)


def test_rank_deficient_conventions() -> None:
    g = np.random.default_rng(2)
    X, y = g.normal(size=(12, 3)), g.normal(size=12)
    X[:, 1] = 3.0
    w, _ = REF.fit_normal_equation(X, y)
    assert w[1] == pytest.approx(0.0, abs=1e-12)
    X[:, 1] = X[:, 0]
    w, _ = REF.fit_normal_equation(X, y)
    assert w[0] == pytest.approx(w[1], rel=1e-9)
    w, b = REF.fit_normal_equation(X[:1], y[:1])
    assert np.allclose(w, 0.0) and b == pytest.approx(y[0])


@pytest.mark.parametrize("case", cases_of("ridge"), ids=lambda c: c.name)
def test_ridge_matches_sklearn(case) -> None:
    X, y, alpha = case.args
    w, b = REF.ridge(X, y, alpha)
    model = Ridge(alpha=alpha, solver="svd").fit(X, y)
    assert w == pytest.approx(model.coef_, rel=1e-7, abs=1e-9 * max(1.0, np.abs(model.coef_).max()))
    assert b == pytest.approx(model.intercept_, rel=1e-7, abs=1e-9)
