"""The kmeans reference agrees with independent oracles: scikit-learn's KMeans (Lloyd, n_init=1, tol=0) on
the hidden cases where no cluster ever empties (scikit-learn relocates empty clusters), a plain-Python
Lloyd loop on every case, a hand-written inverse-CDF k-means++ sampler on every seeding case, and the
empirical frequencies of k-means++ draws against D²-proportional probabilities."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest
from sklearn.cluster import KMeans

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("kmeans"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


def lloyd_loops(X: np.ndarray, init: np.ndarray, max_iter: int = 100) -> tuple:
    """Lloyd as the prompt words it, with lists and math.dist; also reports whether a cluster ever emptied."""
    points = [list(map(float, x)) for x in X]
    centers = [list(map(float, c)) for c in init]
    previous, emptied, steps = None, False, 0
    while steps < max_iter:
        labels = [min(range(len(centers)), key=lambda c, p=p: (math.dist(p, centers[c]), c)) for p in points]
        steps += 1
        if labels == previous:
            break
        previous = labels
        for c in range(len(centers)):
            members = [p for p, label in zip(points, labels, strict=True) if label == c]
            if members:
                centers[c] = [math.fsum(col) / len(members) for col in zip(*members, strict=True)]
            else:
                emptied = True
    return np.array(centers), np.array(previous), steps, emptied


@pytest.mark.parametrize("case", cases_of("kmeans"), ids=lambda c: c.name)
def test_kmeans_matches_plain_loops_and_sklearn(case) -> None:
    X, init = case.args[:2]
    max_iter = case.args[2] if len(case.args) > 2 else case.kwargs.get("max_iter", 100)
    centers, labels, n_iter = REF.kmeans(X, init, max_iter)
    loop_centers, loop_labels, loop_steps, emptied = lloyd_loops(X, init, max_iter)
    assert centers == pytest.approx(loop_centers, rel=1e-12, abs=1e-12)
    assert labels.tolist() == loop_labels.tolist() and n_iter == loop_steps
    if emptied:
        return
    model = KMeans(n_clusters=len(init), init=init, n_init=1, algorithm="lloyd", tol=0.0, max_iter=max_iter).fit(X)
    assert centers == pytest.approx(model.cluster_centers_, rel=1e-9, abs=1e-12)
    fixed_point = np.array_equal(REF.update(X, REF.assign(X, init), init), init)
    if not fixed_point:  # from an exact fixed point scikit-learn stops one step early (centre shift 0 <= tol)
        assert n_iter == model.n_iter_
    if n_iter < max_iter or np.array_equal(REF.assign(X, centers), labels):  # scikit-learn relabels at max_iter
        assert labels.tolist() == model.labels_.tolist()


def kpp_inverse_cdf(X: np.ndarray, k: int, seed: int) -> np.ndarray:
    """k-means++ with the categorical draw written out: the first uniform in [0, 1) past the cumulative
    D² share picks the point (what Generator.choice(n, p=...) does)."""
    g = np.random.default_rng(seed)
    n = len(X)
    chosen = [int(g.integers(n))]
    for _ in range(k - 1):
        d2 = [min(math.dist(x, X[c]) ** 2 for c in chosen) for x in X]
        total = math.fsum(d2)
        u = g.random()
        running, pick = 0.0, n - 1
        for i, value in enumerate(d2):
            running += value / total
            if u < running:
                pick = i
                break
        chosen.append(pick)
    return X[chosen]


@pytest.mark.parametrize("case", cases_of("kmeans_plus_plus"), ids=lambda c: c.name)
def test_kmeans_plus_plus_matches_inverse_cdf_sampler(case) -> None:
    X, k, seed = case.args
    assert np.array_equal(REF.kmeans_plus_plus(X, k, seed), kpp_inverse_cdf(X, k, seed))


def test_kmeans_plus_plus_draws_proportional_to_squared_distance() -> None:
    X = np.array([[0.0, 0.0], [1.0, 0.0], [3.0, 0.0], [0.0, 2.0]])
    trials = 2000
    pairs = Counter()
    for seed in range(trials):
        first, second = (int(np.flatnonzero((c == X).all(axis=1))[0]) for c in REF.kmeans_plus_plus(X, 2, seed))
        pairs[first, second] += 1
    for first in range(4):
        d2 = ((X - X[first]) ** 2).sum(axis=1)
        total = sum(pairs[first, j] for j in range(4))
        assert total > trials / 4 * 0.8
        for j in range(4):
            assert pairs[first, j] / total == pytest.approx(d2[j] / d2.sum(), abs=0.08)
