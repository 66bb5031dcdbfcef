"""Hidden tests for the gbdt drill: seeded random regression sets, named edge cases for every convention
(defaults, learning rate 1, one round, tied and duplicate features, a constant feature, a constant target,
a large offset) and random models for predict, with points exactly at the thresholds."""

import numpy as np

from mlprep.author import Case, rng, seeds


def f32(a: np.ndarray) -> np.ndarray:
    """Values exactly representable in float32 (still float64 arrays), so scikit-learn's trees, which work
    in float32, see the same data."""
    return a.astype(np.float32).astype(np.float64)


def regression(seed: int, n: int, d: int, offset: float = 0.0) -> tuple:
    """X (n, d) float64 and y (n,) float64 from a smooth non-linear function plus noise."""
    g = rng(seed)
    X = f32(g.normal(size=(n, d)))
    y = np.sin(2.0 * X[:, 0]) + 0.5 * X[:, -1] + 0.3 * g.normal(size=n) + offset
    return X, y


def integer_features(seed: int, n: int, d: int, distinct: int) -> tuple:
    """Features with only `distinct` integer values: many samples share a value."""
    g = rng(seed)
    X = g.integers(0, distinct, size=(n, d)).astype(np.float64)
    y = X @ g.normal(size=d) + 0.5 * g.normal(size=n)
    return X, y


def duplicate_features(seed: int) -> tuple:
    """Feature 2 copies feature 0 and feature 3 is 10 × feature 0: the same splits, the same SSE — the
    lowest feature wins."""
    X, y = regression(seed, 30, 2)
    return np.column_stack([X[:, 0], X[:, 1], X[:, 0], 10.0 * X[:, 0]]), y


def constant_feature(seed: int) -> tuple:
    """Feature 0 is constant: no midpoints, no candidate splits."""
    X, y = regression(seed, 25, 3)
    X = X.copy()
    X[:, 0] = 1.5
    return X, y


def model(seed: int, rounds: int, d: int, n: int) -> tuple:
    """A random boosted model (init, features, thresholds, left_values, right_values), a learning rate and
    test points X (n, d)."""
    g = rng(seed)
    features = g.integers(0, d, rounds).astype(np.int64)
    thresholds = g.normal(size=rounds) * 0.8
    left = g.normal(size=rounds)
    right = g.normal(size=rounds)
    return float(g.normal() * 3), features, thresholds, left, right, float(g.uniform(0.05, 0.8)), g.normal(size=(n, d))


def on_thresholds(seed: int) -> tuple:
    """Test points whose features equal a stump's threshold exactly (x <= t goes left)."""
    init, features, thresholds, left, right, lr, X = model(seed, 5, 3, 10)
    X = X.copy()
    for i in range(len(X)):
        m = i % len(features)
        X[i, features[m]] = thresholds[m]
    return init, features, thresholds, left, right, lr, X


TIE_NOTE = (
    "splits whose SSE is within 1e-9 · Σr² of the smallest are tied: take the lowest feature, then the lowest threshold"
)
SHRINK_NOTE = (
    "each stump is fitted to the residuals y − F of the current predictions, and F moves by learning_rate"
    " times the stump's output; the returned leaf values are the residual means themselves"
)


def fit_cases() -> list[Case]:
    return [
        *[
            Case(
                f"fit {m} stumps (lr={lr:g}) on {n} samples, {d} features",
                "correctness",
                "fit",
                regression(s, n, d),
                {"n_estimators": m, "learning_rate": lr},
                seed=s,
                note=SHRINK_NOTE,
                note_on=("left_values", "right_values"),
            )
            for s, (n, d, m, lr) in zip(
                seeds(3, family=1), ((40, 3, 10, 0.3), (70, 4, 20, 0.1), (15, 2, 6, 0.5)), strict=True
            )
        ],
        Case(
            "fit with the defaults (100 stumps, lr=0.1)",
            "correctness",
            "fit",
            regression(4, 30, 2),
            seed=4,
            note="the defaults are n_estimators=100, learning_rate=0.1",
            note_on=("shape",),
        ),
        Case(
            "fit with learning_rate=1",
            "edge cases",
            "fit",
            regression(5, 25, 2),
            {"n_estimators": 5, "learning_rate": 1.0},
            seed=5,
        ),
        *[
            Case(
                f"fit where rounding tells equal SSEs apart ({name})",
                "edge cases",
                "fit",
                (np.array(X, dtype=np.float64), np.array(y, dtype=np.float64)),
                {"n_estimators": 1, "learning_rate": 0.5},
                note="two splits have the same SSE here, but computing them can leave the later one smaller in the"
                " last digit: SSEs within 1e-9 · Σr² of the smallest are tied (replace the best only when"
                " sse < best − 1e-9 · Σr²)",
                note_on=("features", "thresholds", "left_values", "right_values"),
            )
            for name, X, y in (
                (
                    "across features",
                    [[2, 1], [2, 2], [2, 1], [1, 2], [2, 2], [1, 2], [1, 1], [2, 2], [2, 2]],
                    [1, 4, 2, 4, 0, 3, 2, 4, 1],
                ),
                (
                    "three binary features",
                    [[0, 0, 1], [0, 1, 1], [0, 1, 1], [0, 1, 0], [1, 1, 0], [0, 0, 0], [1, 1, 1], [1, 0, 1], [0, 1, 1]],
                    [3, 1, 1, 1, 0, 3, 0, 2, 4],
                ),
                (
                    "within a feature",
                    [[2, 1], [2, 2], [1, 1], [2, 1], [1, 3], [2, 2], [2, 3], [0, 3]],
                    [5, 2, 0, 2, 4, 4, 3, 4],
                ),
            )
        ],
        Case(
            "fit one stump",
            "edge cases",
            "fit",
            regression(6, 20, 3),
            {"n_estimators": 1, "learning_rate": 0.2},
            seed=6,
        ),
        Case(
            "fit with one feature",
            "shapes",
            "fit",
            regression(7, 18, 1),
            {"n_estimators": 8, "learning_rate": 0.4},
            seed=7,
        ),
        *[
            Case(
                f"fit on {d} features with {k} integer values each",
                "edge cases",
                "fit",
                integer_features(s, n, d, k),
                {"n_estimators": m, "learning_rate": 0.5},
                seed=s,
                note=TIE_NOTE,
                note_on=("features", "thresholds"),
            )
            for s, (n, d, k, m) in zip(seeds(2, family=2), ((30, 3, 4, 6), (40, 2, 3, 8)), strict=True)
        ],
        Case(
            "fit with duplicate features",
            "edge cases",
            "fit",
            duplicate_features(8),
            {"n_estimators": 6, "learning_rate": 0.3},
            seed=8,
            note=TIE_NOTE,
            note_on=("features",),
        ),
        Case(
            "fit with a constant feature",
            "edge cases",
            "fit",
            constant_feature(9),
            {"n_estimators": 5, "learning_rate": 0.3},
            seed=9,
            note="a constant feature has no midpoints between distinct values, so no candidate splits: skip it",
            note_on=("error", "features"),
        ),
        Case(
            "fit with a constant target",
            "edge cases",
            "fit",
            (regression(10, 12, 2)[0], np.full(12, 2.5)),
            {"n_estimators": 3, "learning_rate": 0.3},
            seed=10,
            note="with y constant every residual is 0 and every split has SSE 0: all tie, so the first candidate"
            " (lowest feature, lowest threshold) wins, with leaf values 0",
        ),
        Case(
            "fit with targets around 1000",
            "edge cases",
            "fit",
            regression(11, 30, 2, offset=1000.0),
            {"n_estimators": 5, "learning_rate": 0.3},
            seed=11,
            note="the initial prediction is the mean of y; the stumps fit what is left, y − F",
            note_on=("init",),
        ),
    ]


def predict_cases() -> list[Case]:
    return [
        *[
            Case(f"predict with {m} random stumps on {n} points", "correctness", "predict", model(s, m, d, n), seed=s)
            for s, (m, d, n) in zip(seeds(3, family=3), ((5, 3, 20), (15, 4, 30), (2, 2, 8)), strict=True)
        ],
        Case(
            "predict on points exactly at the thresholds",
            "edge cases",
            "predict",
            on_thresholds(12),
            seed=12,
            note="a point with x = threshold goes left (x <= t)",
        ),
        Case("predict one point", "shapes", "predict", model(13, 4, 3, 1), seed=13),
    ]


def cases() -> list[Case]:
    return [*fit_cases(), *predict_cases()]
