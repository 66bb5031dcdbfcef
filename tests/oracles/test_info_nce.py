"""The info_nce reference agrees with independent oracles on every hidden case: CLIP's loss written as loops
over rows and columns with SciPy's logsumexp and scikit-learn's cosine similarity, and, where no probability
underflows, scikit-learn's log_loss on the softmax of the rows and of the columns."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import logsumexp
from scipy.special import softmax as scipy_softmax
from sklearn.metrics import log_loss
from sklearn.metrics.pairwise import cosine_similarity

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("info_nce"))
REF = SUITE.reference
CASES = [c for c in SUITE.cases if c.func == "info_nce"]


def settings(case) -> tuple[float, bool]:
    return case.kwargs.get("temperature", 0.07), case.kwargs.get("symmetric", True)


def clip_loops(a: np.ndarray, b: np.ndarray, temperature: float, symmetric: bool) -> float:
    """−log softmax of each positive, one row (a→b) and one column (b→a) at a time; sklearn's cosine
    similarity leaves a zero row at similarity 0, as dividing by max(norm, 1e-12) does."""
    logits = cosine_similarity(a, b) / temperature
    n = len(a)
    rows = math.fsum(logsumexp(logits[i]) - logits[i, i] for i in range(n)) / n
    if not symmetric:
        return rows
    cols = math.fsum(logsumexp(logits[:, j]) - logits[j, j] for j in range(n)) / n
    return (rows + cols) / 2


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_info_nce_matches_loops_with_scipy_logsumexp(case) -> None:
    a, b = case.args
    temperature, symmetric = settings(case)
    loss = REF.info_nce(a, b, **case.kwargs)
    assert math.isfinite(loss)
    assert loss == pytest.approx(clip_loops(a, b, temperature, symmetric), rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_info_nce_matches_sklearn_log_loss(case) -> None:
    a, b = case.args
    temperature, symmetric = settings(case)
    n = len(a)
    if n < 2:
        assert REF.info_nce(a, b, **case.kwargs) == 0.0
        return
    logits = cosine_similarity(a, b) / temperature
    labels = np.arange(n)
    p_rows, p_cols = scipy_softmax(logits, axis=1), scipy_softmax(logits, axis=0).T
    if min(np.diagonal(p_rows).min(), np.diagonal(p_cols).min()) < 1e-12:  # log_loss clips tiny probabilities
        return
    rows = log_loss(labels, p_rows, labels=labels)
    expected = (rows + log_loss(labels, p_cols, labels=labels)) / 2 if symmetric else rows
    assert REF.info_nce(a, b, **case.kwargs) == pytest.approx(expected, rel=1e-7)


def test_perfect_pairs_at_low_temperature_cost_nothing_and_swapping_is_symmetric() -> None:
    g = np.random.default_rng(2)
    a = np.linalg.qr(g.normal(size=(6, 6)))[0][:4]  # orthonormal rows: negatives have cosine 0
    assert REF.info_nce(a, 3 * a, temperature=1e-3) == pytest.approx(0.0, abs=1e-300)
    b = g.normal(size=(4, 6))
    assert REF.info_nce(a, b) == pytest.approx(REF.info_nce(b, a), rel=1e-12)
    assert REF.info_nce(a, b, symmetric=False) != pytest.approx(REF.info_nce(b, a, symmetric=False), rel=1e-6)
