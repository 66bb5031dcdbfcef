"""The bagging drill's reference agrees with plain loops written from the prompt (sets for the out-of-bag
mask, a brute-force stump search, votes counted one by one) on every hidden case, its fit uses exactly
the bootstrap that bootstrap_indices returns, and about 1/e of the samples end up out of bag."""

from __future__ import annotations

import functools
import itertools
import math
from collections import Counter

import numpy as np
import pytest

from mlprep.grader import catalog


@functools.cache
def suite():
    return catalog.suite(catalog.find("bagging"))


def cases_of(func: str) -> list:
    return [c for c in suite().cases if c.func == func]


def majority(labels: list[int]) -> int:
    counts = Counter(labels)
    top = max(counts.values())
    return min(label for label, c in counts.items() if c == top)


def loop_stump(Xb: list[list[float]], yb: list[int], subset: list[int]) -> tuple:
    best = None
    for j in subset:
        for a, b in itertools.pairwise(sorted({row[j] for row in Xb})):
            t = (a + b) / 2
            left = [lab for row, lab in zip(Xb, yb, strict=True) if row[j] <= t]
            right = [lab for row, lab in zip(Xb, yb, strict=True) if row[j] > t]
            pl, pr = majority(left), majority(right)
            errors = sum(v != pl for v in left) + sum(v != pr for v in right)
            if best is None or errors < best[0]:
                best = (errors, j, t, pl, pr)
    if best is None:
        return subset[0], math.inf, majority(yb), majority(yb)
    return best[1:]


@pytest.mark.parametrize("case", cases_of("bootstrap_indices"), ids=lambda c: c.name)
def test_bootstrap_is_the_stated_generator_call(case) -> None:
    n, n_estimators, seed = case.args
    got = suite().reference.bootstrap_indices(n, n_estimators, seed)
    np.testing.assert_array_equal(got, np.random.default_rng(seed).integers(0, n, size=(n_estimators, n)))
    assert got.dtype == np.int64
    assert got.min() >= 0 and got.max() < n


@pytest.mark.parametrize("case", cases_of("oob_mask"), ids=lambda c: c.name)
def test_oob_mask_matches_sets(case) -> None:
    indices, n = case.args
    got = suite().reference.oob_mask(indices, n)
    assert got.dtype == np.bool_
    assert got.tolist() == [[i not in set(row) for i in range(n)] for row in indices.tolist()]


@pytest.mark.parametrize("case", cases_of("fit"), ids=lambda c: c.name)
def test_fit_matches_brute_force_on_the_stated_draws(case) -> None:
    X, y, n_estimators, max_features, seed = case.args
    ref = suite().reference
    features, thresholds, left, right = ref.fit(X, y, n_estimators, max_features, seed)
    indices = ref.bootstrap_indices(len(y), n_estimators, seed)
    g = np.random.default_rng(seed)
    g.integers(0, len(y), size=(n_estimators, len(y)))  # the draw fit makes first
    for e in range(n_estimators):
        subset = sorted(g.permutation(X.shape[1])[:max_features].tolist())
        rows = indices[e].tolist()
        j, t, a, b = loop_stump([X[i].tolist() for i in rows], [int(y[i]) for i in rows], subset)
        assert (features[e], left[e], right[e]) == (j, a, b)
        assert thresholds[e] == t


@pytest.mark.parametrize("case", cases_of("predict"), ids=lambda c: c.name)
def test_predict_matches_counted_votes(case) -> None:
    features, thresholds, left, right, X = case.args
    got = suite().reference.predict(*case.args)
    for x, label in zip(X.tolist(), got.tolist(), strict=True):
        stumps = zip(features.tolist(), thresholds.tolist(), left.tolist(), right.tolist(), strict=True)
        assert label == majority([a if x[j] <= t else b for j, t, a, b in stumps])


@pytest.mark.parametrize("case", cases_of("oob_score"), ids=lambda c: c.name)
def test_oob_score_matches_counted_votes(case) -> None:
    features, thresholds, left, right, mask, X, y = case.args
    got = suite().reference.oob_score(*case.args)
    outcomes = []
    for i, x in enumerate(X.tolist()):
        voters = [e for e in range(len(features)) if mask[e, i]]
        if voters:
            votes = [left[e] if x[features[e]] <= thresholds[e] else right[e] for e in voters]
            outcomes.append(majority([int(v) for v in votes]) == y[i])
    if outcomes:
        assert got == pytest.approx(sum(outcomes) / len(outcomes), rel=1e-12)
    else:
        assert math.isnan(got)


def test_about_one_in_e_samples_is_out_of_bag() -> None:
    ref = suite().reference
    mask = ref.oob_mask(ref.bootstrap_indices(2000, 50, 0), 2000)
    assert mask.mean() == pytest.approx((1 - 1 / 2000) ** 2000, abs=0.005)
    assert math.exp(-1) == pytest.approx(mask.mean(), abs=0.005)
