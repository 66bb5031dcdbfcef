"""The decision_tree reference agrees with independent oracles: scikit-learn's impurities (the root
impurity of a DecisionTreeClassifier) for gini and entropy, a brute-force split search in exact rational
arithmetic (gini) or math.log2 (entropy) on every hidden case, a recursive builder on those searches for
every hidden tree, scikit-learn's fitted trees on tie-free data, and a recursive traversal for prediction."""

from __future__ import annotations

import itertools
import math
from collections import Counter
from fractions import Fraction

import numpy as np
import pytest
from sklearn.tree import DecisionTreeClassifier

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("decision_tree"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


def sklearn_root_impurity(y: np.ndarray, criterion: str) -> float:
    model = DecisionTreeClassifier(criterion=criterion, max_depth=1).fit(np.zeros((len(y), 1)), y)
    return float(model.tree_.impurity[0])


@pytest.mark.parametrize("case", cases_of("gini") + cases_of("entropy"), ids=lambda c: c.name)
def test_impurity_matches_sklearn(case) -> None:
    (y,) = case.args
    assert getattr(REF, case.func)(y) == pytest.approx(sklearn_root_impurity(y, case.func), abs=1e-12)


def exact_impurity(labels: list[int], criterion: str):
    counts = Counter(labels).values()
    n = len(labels)
    if criterion == "gini":
        return 1 - sum(Fraction(c, n) ** 2 for c in counts)
    return -math.fsum(c / n * math.log2(c / n) for c in counts)


def brute_force_split(X: np.ndarray, y: np.ndarray, criterion: str) -> tuple:
    """Every (feature, threshold) scored from scratch; gini exactly, so its ties are exact."""
    labels = y.tolist()
    n = len(labels)
    scored = []
    for j in range(X.shape[1]):
        values = sorted(set(X[:, j].tolist()))
        for a, b in itertools.pairwise(values):
            t = (a + b) / 2
            left = [label for x, label in zip(X[:, j].tolist(), labels, strict=True) if x <= t]
            right = [label for x, label in zip(X[:, j].tolist(), labels, strict=True) if x > t]
            gain = (
                exact_impurity(labels, criterion)
                - Fraction(len(left), n) * exact_impurity(left, criterion)
                - Fraction(len(right), n) * exact_impurity(right, criterion)
                if criterion == "gini"
                else exact_impurity(labels, criterion)
                - len(left) / n * exact_impurity(left, criterion)
                - len(right) / n * exact_impurity(right, criterion)
            )
            scored.append((gain, j, t))
    if not scored:
        return -1, math.nan, 0.0
    top = max(g for g, _, _ in scored)
    slack = 0 if criterion == "gini" else 1e-12
    j, t, g = min((j, t, g) for g, j, t in scored if g >= top - slack)
    return j, t, float(g)


@pytest.mark.parametrize("case", cases_of("best_split"), ids=lambda c: c.name)
def test_best_split_matches_brute_force(case) -> None:
    X, y, criterion = case.args
    feature, threshold, gain = REF.best_split(X, y, criterion)
    want = brute_force_split(X, y, criterion)
    assert feature == want[0]
    assert threshold == pytest.approx(want[1], nan_ok=True)
    assert gain == pytest.approx(want[2], abs=1e-12)


def recursive_tree(X: np.ndarray, y: np.ndarray, max_depth: int, criterion: str) -> list[list]:
    nodes: list[list] = []

    def build(rows: np.ndarray, depth: int) -> int:
        labels = y[rows].tolist()
        counts = Counter(labels)
        top = max(counts.values())
        i = len(nodes)
        nodes.append([-1, math.nan, -1, -1, min(label for label, c in counts.items() if c == top)])
        if depth == max_depth or len(counts) == 1:
            return i
        j, t, _ = brute_force_split(X[rows], y[rows], criterion)
        if j == -1:
            return i
        goes_left = X[rows, j] <= t
        nodes[i][:2] = [j, t]
        nodes[i][2] = build(rows[goes_left], depth + 1)
        nodes[i][3] = build(rows[~goes_left], depth + 1)
        return i

    build(np.arange(len(y)), 0)
    return nodes


def assert_same_tree(tree: tuple, nodes: list[list]) -> None:
    feature, threshold, left, right, value = tree
    assert feature.tolist() == [n[0] for n in nodes]
    assert threshold == pytest.approx(np.array([n[1] for n in nodes]), nan_ok=True)
    assert left.tolist() == [n[2] for n in nodes] and right.tolist() == [n[3] for n in nodes]
    assert value.tolist() == [n[4] for n in nodes]


@pytest.mark.parametrize("case", cases_of("fit_tree"), ids=lambda c: c.name)
def test_fit_tree_matches_recursive_builder(case) -> None:
    X, y, max_depth = case.args
    criterion = case.kwargs.get("criterion", "gini")
    assert_same_tree(REF.fit_tree(X, y, max_depth, criterion), recursive_tree(X, y, max_depth, criterion))


@pytest.mark.parametrize(("seed", "criterion", "depth"), [(0, "gini", 3), (1, "entropy", 4), (2, "gini", 4)])
def test_fit_tree_matches_sklearn_without_ties(seed, criterion, depth) -> None:
    g = np.random.default_rng(seed)
    X = g.normal(size=(80, 3))
    y = (X @ g.normal(size=(3, 3)) + 0.5 * g.normal(size=(80, 3))).argmax(axis=1)
    tree = REF.fit_tree(X, y, depth, criterion)
    model = DecisionTreeClassifier(criterion=criterion, max_depth=depth, random_state=0).fit(X, y)
    t = model.tree_
    leaf = t.children_left == -1
    assert tree[0].tolist() == np.where(leaf, -1, t.feature).tolist()
    assert tree[1][~leaf] == pytest.approx(t.threshold[~leaf])
    assert tree[2].tolist() == t.children_left.tolist() and tree[3].tolist() == t.children_right.tolist()
    assert tree[4].tolist() == model.classes_[t.value[:, 0, :].argmax(axis=1)].tolist()
    assert REF.predict_tree(*tree, X).tolist() == model.predict(X).tolist()


def walk(tree: tuple, x: np.ndarray, node: int = 0) -> int:
    feature, threshold, left, right, value = tree
    if feature[node] == -1:
        return int(value[node])
    return walk(tree, x, left[node] if x[feature[node]] <= threshold[node] else right[node])


@pytest.mark.parametrize("case", cases_of("predict_tree"), ids=lambda c: c.name)
def test_predict_matches_recursive_walk(case) -> None:
    *tree, X = case.args
    assert REF.predict_tree(*tree, X).tolist() == [walk(tuple(tree), x) for x in X]
