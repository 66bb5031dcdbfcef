"""The adaboost drill's reference agrees with a plain-loop AdaBoost written from the prompt on every hidden
case, keeps AdaBoost's defining property (after each update the last stump's weighted error is exactly ½),
and is about as accurate as scikit-learn's AdaBoostClassifier (SAMME, depth-1 trees) on learnable data."""

from __future__ import annotations

import functools
import itertools
import math

import numpy as np
import pytest
from sklearn.ensemble import AdaBoostClassifier
from sklearn.tree import DecisionTreeClassifier

from mlprep.grader import catalog


@functools.cache
def suite():
    return catalog.suite(catalog.find("adaboost"))


def cases_of(func: str) -> list:
    return [c for c in suite().cases if c.func == func]


def stump(x: list[float], j: int, t: float, p: int) -> int:
    return p if x[j] > t else -p


def loop_adaboost(X: np.ndarray, y: np.ndarray, n_rounds: int) -> tuple[list, list, list, list, list]:
    """AdaBoost as the prompt states it, in Python floats; also returns the weights after each round."""
    rows, labels = X.tolist(), y.tolist()
    n, d = len(rows), len(rows[0])
    w = [1.0 / n] * n
    out: tuple[list, list, list, list, list] = ([], [], [], [], [])
    for _ in range(n_rounds):
        best = None
        for j in range(d):
            values = sorted({r[j] for r in rows})
            for a, b in itertools.pairwise(values):
                t = (a + b) / 2
                for p in (1, -1):
                    err = math.fsum(wi for wi, r, yi in zip(w, rows, labels, strict=True) if stump(r, j, t, p) != yi)
                    if best is None or err < best[0] - 1e-12:
                        best = (err, j, t, p)
        err, j, t, p = best
        eps = min(max(err, 1e-10), 1 - 1e-10)
        alpha = 0.5 * math.log((1 - eps) / eps)
        w = [wi * math.exp(-alpha * yi * stump(r, j, t, p)) for wi, r, yi in zip(w, rows, labels, strict=True)]
        total = math.fsum(w)
        w = [wi / total for wi in w]
        for lst, value in zip(out, (j, t, p, alpha, w), strict=True):
            lst.append(value)
    return out


@pytest.mark.parametrize("case", cases_of("fit"), ids=lambda c: c.name)
def test_fit_matches_plain_loops(case) -> None:
    X, y, n_rounds = case.args
    features, thresholds, polarities, alphas = suite().reference.fit(X, y, n_rounds)
    f, t, p, a, _ = loop_adaboost(X, y, n_rounds)
    assert features.tolist() == f
    assert polarities.tolist() == p
    assert thresholds == pytest.approx(t, rel=1e-14)
    assert alphas == pytest.approx(a, rel=1e-9)
    assert features.dtype == polarities.dtype == np.int64


@pytest.mark.parametrize("case", cases_of("fit"), ids=lambda c: c.name)
def test_last_stump_has_error_one_half_after_the_update(case) -> None:
    X, y, n_rounds = case.args
    f, t, p, a, weights = loop_adaboost(X, y, n_rounds)
    for j, thr, pol, alpha, w in zip(f, t, p, a, weights, strict=True):
        if abs(alpha) < 11:  # not a clipped perfect stump
            wrong = [stump(r, j, thr, pol) != yi for r, yi in zip(X.tolist(), y.tolist(), strict=True)]
            assert math.fsum(wi for wi, bad in zip(w, wrong, strict=True) if bad) == pytest.approx(0.5, abs=1e-12)


@pytest.mark.parametrize("case", cases_of("predict"), ids=lambda c: c.name)
def test_predict_matches_loops(case) -> None:
    features, thresholds, polarities, alphas, X = case.args
    got = suite().reference.predict(*case.args)
    for x, label in zip(X.tolist(), got.tolist(), strict=True):
        score = sum(a * stump(x, j, t, p) for j, t, p, a in zip(features, thresholds, polarities, alphas, strict=True))
        assert label == (1 if score >= 0 else -1)


def test_accuracy_is_close_to_sklearn_samme() -> None:
    rng = np.random.default_rng(4)
    X = rng.normal(size=(200, 2))
    y = np.where(X[:, 0] + X[:, 1] > 0, 1, -1)
    X_test = rng.normal(size=(500, 2))
    y_test = np.where(X_test[:, 0] + X_test[:, 1] > 0, 1, -1)
    ref = suite().reference
    ours = (ref.predict(*ref.fit(X, y, 40), X_test) == y_test).mean()
    sk = AdaBoostClassifier(estimator=DecisionTreeClassifier(max_depth=1), n_estimators=40, random_state=0)
    theirs = (sk.fit(X, y).predict(X_test) == y_test).mean()  # SAMME, the only algorithm since 1.6
    assert ours > 0.9 and theirs > 0.9
    assert abs(ours - theirs) < 0.05
