"""The softmax_ce reference agrees with independent oracles on every hidden case: SciPy's softmax and
log_softmax, PyTorch's cross_entropy formula written as loops over rows ((1 − ε)·NLL + ε/C·Σ −log p, mean
over the kept rows), scikit-learn's log_loss, and central finite differences for the gradient."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import log_softmax as scipy_log_softmax
from scipy.special import softmax as scipy_softmax
from sklearn.metrics import log_loss

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("softmax_ce"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


def call(case) -> tuple:
    return tuple(case.args), dict(case.kwargs)


@pytest.mark.parametrize("case", cases_of("softmax") + cases_of("log_softmax"), ids=lambda c: c.name)
def test_softmax_and_log_softmax_match_scipy(case) -> None:
    (z,), kwargs = call(case)
    axis = kwargs.get("axis", -1)
    if case.func == "softmax":
        np.testing.assert_allclose(REF.softmax(z, **kwargs), scipy_softmax(z, axis=axis), rtol=1e-12, atol=1e-300)
    else:
        np.testing.assert_allclose(REF.log_softmax(z, **kwargs), scipy_log_softmax(z, axis=axis), rtol=1e-12)


def torch_formula(logits: np.ndarray, y: np.ndarray, ignore_index: int, eps: float) -> float:
    """PyTorch's cross_entropy_loss_label_smoothing, one row at a time: (1 − ε)·nll_loss(mean) +
    (ε/C)·(Σ over kept rows of −Σ_c log p) / (number of kept rows); 0.0 when no row is kept (the drill's
    stated exception: PyTorch gives nan)."""
    c = logits.shape[1]
    nll = smooth = 0.0
    kept = 0
    for row, label in zip(logits.tolist(), y.tolist(), strict=True):
        if label == ignore_index:
            continue
        kept += 1
        top = max(row)
        lse = top + math.log(math.fsum(math.exp(v - top) for v in row))
        nll += lse - row[label]
        smooth += math.fsum(lse - v for v in row)
    if kept == 0:
        return 0.0
    return (1 - eps) * nll / kept + (eps / c) * smooth / kept


@pytest.mark.parametrize("case", cases_of("cross_entropy"), ids=lambda c: c.name)
def test_cross_entropy_matches_torch_formula_and_finite_differences(case) -> None:
    (logits, y), kwargs = call(case)
    ignore_index = kwargs.get("ignore_index", -100)
    eps = kwargs.get("label_smoothing", 0.0)
    loss, dlogits = REF.cross_entropy(logits, y, **kwargs)
    assert loss == pytest.approx(torch_formula(logits, y, ignore_index, eps), rel=1e-12, abs=1e-12)
    kept = y != ignore_index
    if eps == 0.0 and kept.all():
        probs = scipy_softmax(logits, axis=1)
        if probs.min() > 1e-15:
            assert loss == pytest.approx(log_loss(y, probs, labels=range(logits.shape[1])), rel=1e-9)
    assert not dlogits[~kept].any()
    if np.abs(logits).max() > 100:  # finite differences lose their digits at |z| ~ 1e4
        return
    step = 1e-6
    numeric = np.zeros_like(logits)
    for idx in np.ndindex(*logits.shape):
        plus, minus = logits.copy(), logits.copy()
        plus[idx] += step
        minus[idx] -= step
        numeric[idx] = (REF.cross_entropy(plus, y, **kwargs)[0] - REF.cross_entropy(minus, y, **kwargs)[0]) / (2 * step)
    scale = max(np.abs(dlogits).max(), 1e-12)
    assert np.abs(numeric - dlogits).max() / scale < 1e-6


def test_extreme_logits_give_exact_log_probabilities() -> None:
    z = np.array([[1e4, 0.0, -1e4]])
    assert REF.log_softmax(z).tolist() == [[0.0, -1e4, -2e4]]
    loss, dlogits = REF.cross_entropy(z, np.array([2]))
    assert loss == 2e4
    assert dlogits.tolist() == [[1.0, 0.0, -1.0]]


def test_reference_leaves_inputs_alone_and_is_float64() -> None:
    logits = np.random.default_rng(1).normal(size=(5, 3))
    y = np.array([0, -100, 2, 1, 1])
    before = logits.copy(), y.copy()
    loss, dlogits = REF.cross_entropy(logits, y, label_smoothing=0.2)
    assert (logits == before[0]).all() and (y == before[1]).all()
    assert isinstance(loss, float) and dlogits.dtype == np.float64
