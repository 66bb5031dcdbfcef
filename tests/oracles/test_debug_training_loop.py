"""The debug_training_loop reference agrees with independent oracles on every hidden case: mini-batch
gradient descent replayed with central finite-difference gradients of each batch's mean loss (SciPy's
expit and log_expit for the loss), scikit-learn's log_loss and accuracy_score for evaluate, and the
closed form of one full-batch step from zero."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.special import expit, log_expit
from sklearn.metrics import accuracy_score, log_loss

from mlprep.grader import catalog

DRILL = catalog.find("debug_training_loop")
SUITE = catalog.suite(DRILL)
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


def batch_loss(theta: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    z = X @ theta[:-1] + theta[-1]
    return float(-np.mean(y * log_expit(z) + (1 - y) * log_expit(-z)))


def replay(X, y, lr, epochs, batch_size, seed) -> tuple:
    """Mini-batch gradient descent with the gradient taken by central differences (h = 1e-6)."""
    n, d = X.shape
    theta = np.zeros(d + 1)
    history = []
    for e in range(epochs):
        order = np.arange(n) if seed is None else np.random.default_rng(seed + e).permutation(n)
        for k in range(0, n, batch_size):
            idx = order[k : k + batch_size]
            history.append(batch_loss(theta, X[idx], y[idx]))
            grad = np.zeros(d + 1)
            for j in range(d + 1):
                step = np.zeros(d + 1)
                step[j] = 1e-6
                grad[j] = (batch_loss(theta + step, X[idx], y[idx]) - batch_loss(theta - step, X[idx], y[idx])) / 2e-6
            theta = theta - lr * grad
    return theta[:-1], theta[-1], np.array(history)


@pytest.mark.parametrize("case", cases_of("train"), ids=lambda c: c.name)
def test_train_matches_finite_difference_descent(case) -> None:
    w, b, history = REF.train(*case.args)
    want_w, want_b, want_history = replay(*case.args)
    X, y, lr, epochs, batch_size, _ = case.args
    assert history.shape == (epochs * -(-len(y) // batch_size),)
    np.testing.assert_allclose(history, want_history, rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(w, want_w, rtol=1e-6, atol=1e-8)
    assert b == pytest.approx(want_b, rel=1e-6, abs=1e-8)
    if epochs == 1 and batch_size >= len(y):  # one full-batch step from zero
        np.testing.assert_allclose(w, -lr * X.T @ (0.5 - y) / len(y), rtol=1e-12, atol=1e-15)
        assert b == pytest.approx(-lr * np.mean(0.5 - y), abs=1e-15)


@pytest.mark.parametrize("case", cases_of("evaluate"), ids=lambda c: c.name)
def test_evaluate_matches_scikit_learn(case) -> None:
    w, b, X, y = case.args
    loss, accuracy = REF.evaluate(w, b, X, y)
    z = X @ w + b
    assert accuracy == accuracy_score(y, (z >= 0).astype(int))
    want = float(-np.mean(y * log_expit(z) + (1 - y) * log_expit(-z)))
    assert loss == pytest.approx(want, rel=1e-12)
    if np.abs(z).max() < 30:
        assert loss == pytest.approx(log_loss(y, expit(z), labels=[0, 1]), rel=1e-9)


@pytest.mark.parametrize("case", cases_of("fit_and_evaluate"), ids=lambda c: c.name)
def test_fit_and_evaluate_measures_the_validation_set(case) -> None:
    X_train, y_train, X_val, y_val, lr, epochs, batch_size, seed = case.args
    w, b, val_loss, val_accuracy = REF.fit_and_evaluate(*case.args)
    want_w, want_b, _ = replay(X_train, y_train, lr, epochs, batch_size, seed)
    np.testing.assert_allclose(w, want_w, rtol=1e-6, atol=1e-8)
    assert b == pytest.approx(want_b, rel=1e-6, abs=1e-8)
    z = X_val @ w + b
    assert val_loss == pytest.approx(log_loss(y_val, expit(z), labels=[0, 1]), rel=1e-9)
    assert val_accuracy == accuracy_score(y_val, (z >= 0).astype(int))


def test_small_full_batch_steps_lower_the_loss() -> None:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    y = (X @ np.array([1.0, -2.0, 0.5]) + 0.3 * rng.normal(size=40) > 0).astype(np.int64)
    _, _, history = REF.train(X, y, 0.5, 30, 40, 1)
    assert (np.diff(history) < 0).all()


def test_train_leaves_inputs_alone() -> None:
    case = cases_of("train")[4]
    X, y = (np.copy(a) for a in case.args[:2])
    REF.train(*case.args)
    assert (case.args[0] == X).all() and (case.args[1] == y).all()
