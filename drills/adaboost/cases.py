"""Hidden tests for the adaboost drill: seeded random training sets (continuous and with many tied values),
named edge cases for every convention (tie-breaks, a perfect stump, constant and duplicate features,
points on a threshold, a zero score) and random models for predict."""

import numpy as np

from mlprep.author import Case, rng, seeds


def labelled(seed: int, n: int, d: int, noise: float = 0.4) -> tuple:
    """X (n, d) float64 and labels y (n,) int64 in {−1, +1} from a noisy non-linear rule (so no single
    stump is perfect and boosting keeps changing its mind)."""
    g = rng(seed)
    X = g.normal(size=(n, d))
    score = X[:, 0] - 0.8 * X[:, -1] ** 2 + 0.5 + noise * g.normal(size=n)
    y = np.where(score > 0, 1, -1).astype(np.int64)
    y[:2] = [1, -1]
    return X, y


def tied_values(seed: int, n: int, d: int, distinct: int) -> tuple:
    """Features with only `distinct` integer values: many samples share a value, and in the first round
    (equal weights) many stumps have exactly the same weighted error."""
    g = rng(seed)
    X = g.integers(0, distinct, size=(n, d)).astype(np.float64)
    score = X.sum(axis=1) - d * (distinct - 1) / 2 + g.normal(size=n)
    y = np.where(score > 0, 1, -1).astype(np.int64)
    y[:2] = [1, -1]
    return X, y


def duplicate_features(seed: int) -> tuple:
    """Feature 2 is an exact copy of feature 0 and feature 3 is feature 0 times 10: the same partitions
    of the samples, so the same errors — the lowest feature index must win."""
    X, y = labelled(seed, 25, 2)
    return np.column_stack([X[:, 0], X[:, 1], X[:, 0], 10.0 * X[:, 0]]), y


def constant_feature(seed: int) -> tuple:
    """Feature 0 is constant: it has no midpoints, so no candidate stumps."""
    X, y = labelled(seed, 20, 3)
    X = X.copy()
    X[:, 0] = 2.5
    return X, y


def separable(seed: int) -> tuple:
    """Feature 1 separates the classes perfectly (−1 below 0.3, +1 above)."""
    g = rng(seed)
    X = g.normal(size=(16, 3))
    return X, np.where(X[:, 1] > 0.3, 1, -1).astype(np.int64)


def reversed_separable(seed: int) -> tuple:
    """Feature 0 separates the classes perfectly the other way round (+1 below, −1 above)."""
    X, y = separable(seed)
    return X[:, [1, 0, 2]], -y


def model(seed: int, rounds: int, d: int, n: int) -> tuple:
    """A random boosted model (features, thresholds, polarities, alphas) and test points X (n, d)."""
    g = rng(seed)
    features = g.integers(0, d, rounds).astype(np.int64)
    thresholds = g.normal(size=rounds) * 0.7
    polarities = g.choice(np.array([-1, 1], dtype=np.int64), rounds)
    alphas = g.uniform(0.05, 1.5, rounds)
    return features, thresholds, polarities, alphas, g.normal(size=(n, d))


def on_thresholds(seed: int) -> tuple:
    """Test points whose features equal the stumps' thresholds exactly (x > t is False there)."""
    features, thresholds, polarities, alphas, X = model(seed, 4, 3, 8)
    X = X.copy()
    for i in range(len(X)):
        m = i % len(features)
        X[i, features[m]] = thresholds[m]
    alphas = np.array([2.0, 0.1, 0.1, 0.1])  # the first stump decides
    X[:4, features[0]] = thresholds[0]
    return features, thresholds, polarities, alphas, X


def zero_score() -> tuple:
    """Two stumps of equal weight that disagree on some points: the score is exactly 0 there."""
    features = np.array([0, 1], dtype=np.int64)
    thresholds = np.array([0.0, 0.5])
    polarities = np.array([1, -1], dtype=np.int64)
    alphas = np.array([0.75, 0.75])
    X = np.array([[1.0, 1.0], [-1.0, 0.0], [1.0, 0.0], [-1.0, 1.0], [0.3, 0.2]])
    return features, thresholds, polarities, alphas, X


def fit_cases() -> list[Case]:
    tie_note = (
        "stumps whose weighted errors are within 1e-12 of the smallest are tied: take the lowest feature,"
        " then the lowest threshold, then polarity +1"
    )
    return [
        *[
            Case(
                f"fit {rounds} rounds on {n} samples, {d} features",
                "correctness",
                "fit",
                (*labelled(s, n, d), rounds),
                seed=s,
            )
            for s, (n, d, rounds) in zip(seeds(3, family=1), ((30, 3, 8), (50, 4, 15), (12, 2, 5)), strict=True)
        ],
        *[
            Case(
                f"fit {rounds} rounds on {d} features with {k} distinct values each",
                "edge cases",
                "fit",
                (*tied_values(s, n, d, k), rounds),
                seed=s,
                note=tie_note,
                note_on=("features", "thresholds", "polarities"),
            )
            for s, (n, d, k, rounds) in zip(seeds(2, family=2), ((30, 3, 4, 6), (40, 2, 3, 10)), strict=True)
        ],
        *[
            Case(
                f"fit where rounding tells equal errors apart ({name})",
                "edge cases",
                "fit",
                (np.array(X, dtype=np.float64), np.array(y, dtype=np.int64), rounds),
                note="two stumps have the same weighted error here, but adding up different weights can make the"
                " later one smaller in the last bits: count errors within 1e-12 of the smallest as tied (replace"
                " the best only when err < best − 1e-12)",
                note_on=("features", "thresholds", "polarities"),
            )
            for name, X, y, rounds in (
                (
                    "3 features",
                    [[0, 0, 2], [1, 0, 1], [2, 0, 0], [1, 0, 1], [1, 2, 1], [1, 2, 0]],
                    [1, -1, -1, 1, -1, -1],
                    5,
                ),
                (
                    "one feature",
                    [[1], [3], [1], [3], [3], [1], [0], [1], [2], [0], [0], [2]],
                    [1, -1, 1, 1, 1, 1, -1, 1, -1, -1, 1, -1],
                    4,
                ),
            )
        ],
        Case("fit one round", "edge cases", "fit", (*labelled(5, 20, 3), 1), seed=5),
        Case(
            "fit with one feature",
            "shapes",
            "fit",
            (*labelled(6, 18, 1), 6),
            seed=6,
            note="two stumps tie here (3/18 each in round 1); " + tie_note,
            note_on=("features", "thresholds", "polarities"),
        ),
        Case(
            "fit with duplicate features",
            "edge cases",
            "fit",
            (*duplicate_features(8), 6),
            seed=8,
            note=tie_note,
            note_on=("features", "thresholds", "polarities"),
        ),
        Case(
            "fit with a constant feature",
            "edge cases",
            "fit",
            (*constant_feature(9), 5),
            seed=9,
            note="a constant feature has no midpoints between distinct values, so no candidate stumps: skip it",
            note_on=("error", "features"),
        ),
        Case(
            "fit when one stump is perfect",
            "edge cases",
            "fit",
            (*separable(10), 3),
            seed=10,
            note="a perfect stump has ε = 0: clip ε to [1e-10, 1 − 1e-10] (α ≈ 11.51), and keep going for exactly"
            " n_rounds rounds — the weights do not change, so the same stump is chosen every round",
            note_on=("alphas", "shape", "nonfinite", "error"),
        ),
        Case(
            "fit when one stump is perfect with polarity −1",
            "edge cases",
            "fit",
            (*reversed_separable(10), 2),
            seed=10,
            note="polarity +1 predicts +1 where x > threshold; polarity −1 predicts +1 where x ≤ threshold",
            note_on=("polarities",),
        ),
        Case(
            "fit with all labels +1",
            "edge cases",
            "fit",
            (labelled(11, 10, 2)[0], np.ones(10, dtype=np.int64), 2),
            seed=11,
            note="stumps tie here in every round; " + tie_note,
            note_on=("features", "thresholds", "polarities"),
        ),
    ]


def predict_cases() -> list[Case]:
    return [
        *[
            Case(
                f"predict with {rounds} random stumps on {n} points",
                "correctness",
                "predict",
                model(s, rounds, d, n),
                seed=s,
            )
            for s, (rounds, d, n) in zip(seeds(3, family=3), ((5, 3, 20), (12, 4, 40), (3, 2, 10)), strict=True)
        ],
        Case("predict with one stump", "shapes", "predict", model(12, 1, 3, 7), seed=12),
        Case(
            "predict on points exactly at the thresholds",
            "edge cases",
            "predict",
            on_thresholds(13),
            seed=13,
            note="a point with x = threshold is not above it: the stump predicts −polarity there",
        ),
        Case(
            "predict where the score is exactly 0",
            "edge cases",
            "predict",
            zero_score(),
            note="sign(0) is +1 here (np.sign gives 0): return np.where(score >= 0, 1, −1)",
        ),
    ]


def cases() -> list[Case]:
    return [*fit_cases(), *predict_cases()]
