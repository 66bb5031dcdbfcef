"""The layer_norm reference agrees with independent oracles on every hidden case: LayerNorm and RMSNorm
written row by row with Python's `statistics` (exact mean and population variance), central finite
differences of Σ dout · layer_norm(x) for dx, dgamma and dbeta, and translation invariance for rows with a
large mean."""

from __future__ import annotations

import math
import statistics

import numpy as np
import pytest

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("layer_norm"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


def rows(a: np.ndarray) -> list[list[float]]:
    return a.reshape(-1, a.shape[-1]).tolist()


def layer_norm_rows(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    out = []
    for row in rows(x):
        mu, var = statistics.fmean(row), statistics.pvariance(row)
        out.append([(v - mu) / math.sqrt(var + eps) * g + b for v, g, b in zip(row, gamma, beta, strict=True)])
    return np.array(out).reshape(x.shape)


@pytest.mark.parametrize("case", cases_of("layer_norm"), ids=lambda c: c.name)
def test_layer_norm_matches_statistics_module(case) -> None:
    x, gamma, beta = case.args
    eps = case.kwargs.get("eps", 1e-5)
    want = layer_norm_rows(x, gamma, beta, eps)
    np.testing.assert_allclose(REF.layer_norm(x, gamma, beta, **case.kwargs), want, rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("case", cases_of("rms_norm"), ids=lambda c: c.name)
def test_rms_norm_matches_rows(case) -> None:
    x, gamma = case.args
    eps = case.kwargs.get("eps", 1e-6)
    want = [
        [v / math.sqrt(math.fsum(u * u for u in row) / len(row) + eps) * g for v, g in zip(row, gamma, strict=True)]
        for row in rows(x)
    ]
    np.testing.assert_allclose(REF.rms_norm(x, gamma, **case.kwargs), np.array(want).reshape(x.shape), rtol=1e-12)


def central_differences(f, a: np.ndarray, step: float | np.ndarray) -> np.ndarray:
    step = np.broadcast_to(step, a.shape)
    grad = np.zeros_like(a)
    for idx in np.ndindex(*a.shape):
        plus, minus = a.copy(), a.copy()
        plus[idx] += step[idx]
        minus[idx] -= step[idx]
        grad[idx] = (f(plus) - f(minus)) / (2 * step[idx])
    return grad


def assert_relative(numeric: np.ndarray, analytic: np.ndarray, name: str) -> None:
    scale = max(np.abs(analytic).max(), 1e-12)
    assert np.abs(numeric - analytic).max() / scale < 1e-6, name


@pytest.mark.parametrize("case", cases_of("layer_norm_backward"), ids=lambda c: c.name)
def test_layer_norm_backward_matches_finite_differences(case) -> None:
    dout, x, gamma = case.args
    eps = case.kwargs.get("eps", 1e-5)
    dx, dgamma, dbeta = REF.layer_norm_backward(dout, x, gamma, **case.kwargs)
    offset = np.round(x.mean())
    if abs(offset) > 1e3:  # LayerNorm ignores a common shift: the gradients of x − offset are the same
        shifted = REF.layer_norm_backward(dout, x - offset, gamma, **case.kwargs)
        for name, a, b in zip(("dx", "dgamma", "dbeta"), (dx, dgamma, dbeta), shifted, strict=True):
            np.testing.assert_allclose(a, b, rtol=1e-7, atol=1e-9, err_msg=name)
        x = x - offset
    beta = np.linspace(-1.0, 1.0, x.shape[-1])
    leading = tuple(range(x.ndim - 1))

    def loss(x_=x, g_=gamma, b_=beta) -> float:
        return float(np.sum(dout * REF.layer_norm(x_, g_, b_, eps)))

    spread = np.sqrt(x.var(axis=-1, keepdims=True) + eps)  # small steps for rows with a tiny spread
    assert_relative(central_differences(lambda a: loss(x_=a), x, 1e-6 * np.minimum(1.0, spread)), dx, "dx")
    assert_relative(central_differences(lambda a: loss(g_=a), gamma, 1e-6), dgamma, "dgamma")
    assert_relative(central_differences(lambda a: loss(b_=a), beta, 1e-6), dbeta, "dbeta")
    assert dgamma.shape == dbeta.shape == gamma.shape
    np.testing.assert_allclose(dbeta, dout.sum(axis=leading), rtol=1e-12)


def test_equal_rows_and_zero_rows() -> None:
    x = np.array([[2.0, 2.0, 2.0], [1.0, 2.0, 3.0]])
    out = REF.layer_norm(x, np.ones(3), np.array([0.5, -1.0, 0.0]))
    assert out[0].tolist() == [0.5, -1.0, 0.0]
    assert REF.rms_norm(np.zeros((2, 3)), np.ones(3)).tolist() == [[0.0] * 3] * 2
