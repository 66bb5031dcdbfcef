"""The gbdt drill's reference agrees with a plain-loop gradient boosting written from the prompt on every
hidden case, and with scikit-learn's GradientBoostingRegressor(max_depth=1) — split by split — on every
case where no two splits tie (scikit-learn breaks ties in a random feature order and does not split a
constant target)."""

from __future__ import annotations

import functools
import itertools

import numpy as np
import pytest
from sklearn.ensemble import GradientBoostingRegressor

from mlprep.grader import catalog

SKLEARN_DIFFERS = {
    "fit with duplicate features",
    "fit with a constant target",
    "fit where rounding tells equal SSEs apart (across features)",
    "fit where rounding tells equal SSEs apart (three binary features)",
}


@functools.cache
def suite():
    return catalog.suite(catalog.find("gbdt"))


def cases_of(func: str) -> list:
    return [c for c in suite().cases if c.func == func]


def settings(case) -> tuple[int, float]:
    return case.kwargs.get("n_estimators", 100), case.kwargs.get("learning_rate", 0.1)


def loop_gbdt(X: np.ndarray, y: np.ndarray, n_estimators: int, learning_rate: float) -> tuple:
    rows, targets = X.tolist(), y.tolist()
    n, d = len(rows), len(rows[0])
    init = sum(targets) / n
    F = [init] * n
    model = []
    for _ in range(n_estimators):
        r = [yi - fi for yi, fi in zip(targets, F, strict=True)]
        candidates = []
        for j in range(d):
            for a, b in itertools.pairwise(sorted({row[j] for row in rows})):
                t = (a + b) / 2
                left = [ri for ri, row in zip(r, rows, strict=True) if row[j] <= t]
                right = [ri for ri, row in zip(r, rows, strict=True) if row[j] > t]
                ml, mr = sum(left) / len(left), sum(right) / len(right)
                sse = sum((v - ml) ** 2 for v in left) + sum((v - mr) ** 2 for v in right)
                candidates.append((sse, j, t, ml, mr))
        smallest = min(c[0] for c in candidates)
        _, j, t, ml, mr = next(c for c in candidates if c[0] <= smallest + 1e-9 * sum(v * v for v in r))
        F = [fi + learning_rate * (ml if row[j] <= t else mr) for fi, row in zip(F, rows, strict=True)]
        model.append((j, t, ml, mr))
    return init, *(list(column) for column in zip(*model, strict=True))


@pytest.mark.parametrize("case", cases_of("fit"), ids=lambda c: c.name)
def test_fit_matches_plain_loops(case) -> None:
    X, y = case.args
    init, features, thresholds, left, right = suite().reference.fit(X, y, **case.kwargs)
    want = loop_gbdt(X, y, *settings(case))
    assert init == pytest.approx(want[0], rel=1e-12)
    assert features.tolist() == want[1]
    assert thresholds == pytest.approx(want[2], rel=1e-14)
    assert left == pytest.approx(want[3], rel=1e-8, abs=1e-10)
    assert right == pytest.approx(want[4], rel=1e-8, abs=1e-10)


@pytest.mark.parametrize("case", [c for c in cases_of("fit") if c.name not in SKLEARN_DIFFERS], ids=lambda c: c.name)
def test_fit_matches_sklearn_split_by_split(case) -> None:
    X, y = case.args
    n_estimators, learning_rate = settings(case)
    ref = suite().reference
    init, features, thresholds, left, right = ref.fit(X, y, **case.kwargs)
    sk = GradientBoostingRegressor(
        n_estimators=n_estimators, learning_rate=learning_rate, max_depth=1, random_state=0
    ).fit(X, y)
    trees = [e[0].tree_ for e in sk.estimators_]
    assert init == pytest.approx(float(sk.init_.constant_[0, 0]), rel=1e-12)
    assert features.tolist() == [int(t.feature[0]) for t in trees]
    assert thresholds == pytest.approx([t.threshold[0] for t in trees], rel=1e-12)
    assert left == pytest.approx([t.value[1, 0, 0] for t in trees], rel=1e-8, abs=1e-10)
    assert right == pytest.approx([t.value[2, 0, 0] for t in trees], rel=1e-8, abs=1e-10)
    X_test = np.random.default_rng(0).normal(size=(50, X.shape[1]))
    got = ref.predict(init, features, thresholds, left, right, learning_rate, X_test)
    assert got == pytest.approx(sk.predict(X_test), rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("case", cases_of("predict"), ids=lambda c: c.name)
def test_predict_matches_loops(case) -> None:
    init, features, thresholds, left, right, lr, X = case.args
    got = suite().reference.predict(*case.args)
    for x, value in zip(X.tolist(), got.tolist(), strict=True):
        stumps = zip(features, thresholds, left, right, strict=True)
        assert value == pytest.approx(init + lr * sum(a if x[j] <= t else b for j, t, a, b in stumps), rel=1e-12)
