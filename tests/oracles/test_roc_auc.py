"""The roc_auc drill's reference agrees with scikit-learn (roc_auc_score, roc_curve with
drop_intermediate=False, precision_recall_fscore_support with zero_division=0) and with a loop over all
positive-negative pairs, on every hidden case."""

from __future__ import annotations

import dataclasses
import functools
import math
import warnings

import numpy as np
import pytest
from sklearn.metrics import precision_recall_fscore_support, roc_auc_score, roc_curve

from mlprep.grader import catalog


@functools.cache
def suite():
    return catalog.suite(catalog.find("roc_auc"))


def cases_of(func: str) -> list:
    """The function's hidden cases; the performance ones cut to their first 20 000 samples."""
    found = []
    for case in suite().cases:
        if case.func == func:
            args = tuple(a[:20_000] for a in case.args) if case.time_limit else case.args
            name = f"{case.name} (first 20 000)" if case.time_limit else case.name
            found.append(dataclasses.replace(case, name=name, args=args))
    return found


def pair_loop_auc(y: np.ndarray, scores: np.ndarray) -> float:
    pos = [s for s, label in zip(scores.tolist(), y.tolist(), strict=True) if label == 1]
    neg = [s for s, label in zip(scores.tolist(), y.tolist(), strict=True) if label == 0]
    if not pos or not neg:
        return math.nan
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


@pytest.mark.parametrize("case", cases_of("roc_auc"), ids=lambda c: c.name)
def test_auc_matches_sklearn_and_pair_loop(case) -> None:
    y, scores = case.args
    got = suite().reference.roc_auc(y, scores)
    if y.min() == y.max():
        assert math.isnan(got)
        return
    assert got == pytest.approx(roc_auc_score(y, scores), rel=1e-12, abs=1e-12)
    if len(y) <= 1000:
        assert got == pytest.approx(pair_loop_auc(y, scores), rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("case", cases_of("roc_curve"), ids=lambda c: c.name)
def test_curve_matches_sklearn(case) -> None:
    y, scores = case.args
    got = suite().reference.roc_curve(y, scores)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # one-class cases: sklearn warns and returns nan, as the prompt says
        want = roc_curve(y, scores, drop_intermediate=False)
    for g, w in zip(got, want, strict=True):
        assert g.shape == w.shape
        np.testing.assert_allclose(g, w, rtol=1e-12, atol=1e-12)
    assert got[2][0] == np.inf


@pytest.mark.parametrize("case", cases_of("precision_recall_f1"), ids=lambda c: c.name)
def test_precision_recall_f1_matches_sklearn(case) -> None:
    y_true, y_pred = case.args
    got = suite().reference.precision_recall_f1(y_true, y_pred)
    p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0)
    assert got == pytest.approx((p, r, f), rel=1e-12, abs=1e-12)


def test_auc_is_the_trapezoid_area_under_the_curve() -> None:
    ref = suite().reference
    rng = np.random.default_rng(7)
    for _ in range(20):
        y = rng.integers(0, 2, 50)
        y[:2] = [0, 1]
        scores = rng.integers(0, 6, 50).astype(float)
        fpr, tpr, _ = ref.roc_curve(y, scores)
        assert ref.roc_auc(y, scores) == pytest.approx(np.trapezoid(tpr, fpr), rel=1e-12)
