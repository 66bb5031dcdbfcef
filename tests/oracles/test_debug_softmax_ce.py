"""The debug_softmax_ce reference agrees with independent oracles on every hidden case: SciPy's softmax,
a row-by-row log-sum-exp with math.fsum, scikit-learn's log_loss, and central finite differences for the
gradient."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import logsumexp
from scipy.special import softmax as scipy_softmax
from sklearn.metrics import log_loss

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("debug_softmax_ce"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


@pytest.mark.parametrize("case", cases_of("softmax"), ids=lambda c: c.name)
def test_softmax_matches_scipy(case) -> None:
    (z,) = case.args
    with np.errstate(all="raise", under="ignore"):
        got = REF.softmax(z)
    np.testing.assert_allclose(got, scipy_softmax(z, axis=-1), rtol=1e-12, atol=1e-300)


def mean_nll(logits: np.ndarray, y: np.ndarray) -> float:
    total = []
    for row, label in zip(logits.tolist(), y.tolist(), strict=True):
        top = max(row)
        total.append(top + math.log(math.fsum(math.exp(v - top) for v in row)) - row[label])
    return math.fsum(total) / len(total)


@pytest.mark.parametrize("case", cases_of("softmax_cross_entropy"), ids=lambda c: c.name)
def test_loss_and_gradient_match_oracles(case) -> None:
    logits, y = case.args
    with np.errstate(all="raise", under="ignore"):
        loss, dlogits = REF.softmax_cross_entropy(logits, y)
    assert np.shape(loss) == () and dlogits.shape == logits.shape
    assert loss == pytest.approx(mean_nll(logits, y), rel=1e-12, abs=1e-12)
    lse = logsumexp(logits, axis=1, keepdims=True)
    assert loss == pytest.approx(float(np.mean(lse[:, 0] - logits[np.arange(len(y)), y])), rel=1e-12)
    probs = scipy_softmax(logits, axis=1)
    if probs.min() > 1e-15:
        assert loss == pytest.approx(log_loss(y, probs, labels=range(logits.shape[1])), rel=1e-9)
    if np.abs(logits).max() > 100:  # finite differences lose their digits at |z| ~ 1000
        np.testing.assert_allclose(dlogits, (probs - np.eye(logits.shape[1])[y]) / len(y), rtol=1e-12, atol=1e-15)
        return
    step = 1e-6
    numeric = np.zeros_like(logits)
    for idx in np.ndindex(*logits.shape):
        plus, minus = logits.copy(), logits.copy()
        plus[idx] += step
        minus[idx] -= step
        numeric[idx] = (REF.softmax_cross_entropy(plus, y)[0] - REF.softmax_cross_entropy(minus, y)[0]) / (2 * step)
    assert np.abs(numeric - dlogits).max() / np.abs(dlogits).max() < 1e-6


def test_each_planted_bug_changes_the_starter() -> None:
    """The starter really is the reference with the three bugs: on an ordinary batch only the gradient scale
    differs."""
    starter = catalog.module_from_source(catalog.find("debug_softmax_ce").starter, "starter.py")
    logits = np.random.default_rng(0).normal(size=(6, 4))
    y = np.array([0, 3, 1, 1, 2, 0])
    s_loss, s_grad = starter.softmax_cross_entropy(logits, y)
    loss, grad = REF.softmax_cross_entropy(logits, y)
    assert s_loss == pytest.approx(loss, rel=1e-12)
    np.testing.assert_allclose(s_grad, grad * len(y), rtol=1e-12)


def test_reference_leaves_inputs_alone() -> None:
    logits = np.random.default_rng(1).normal(size=(5, 3))
    y = np.array([0, 2, 2, 1, 1])
    before = logits.copy(), y.copy()
    REF.softmax_cross_entropy(logits, y)
    REF.softmax(logits)
    assert (logits == before[0]).all() and (y == before[1]).all()
