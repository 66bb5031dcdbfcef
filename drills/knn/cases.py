"""Hidden tests for the knn drill: seeded random points plus named edge cases and a performance case."""

import numpy as np

from mlprep.author import Case, duplicate_rows, normal, rng, seeds

PERF_BUDGET = 1.5
DISTANCE_TIE_NOTE = (
    "a distance tie goes to the lower training index: np.argsort(..., kind='stable') keeps equal distances in"
    " training order; the default sort and np.argpartition need not"
)


def points(seed: int, n_train: int, n_test: int, d: int, labels: list[int]) -> tuple:
    g = rng(seed)
    X_train = g.normal(size=(n_train, d))
    y_train = np.array(labels, dtype=np.int64)[g.integers(0, len(labels), n_train)]
    return X_train, y_train, g.normal(size=(n_test, d))


def pair(seed: int, p: int, q: int, d: int, scale: float = 3.0) -> tuple:
    return normal(seed, p, d, scale=scale), normal(seed + 1000, q, d, scale=scale)


def far_duplicates(seed: int) -> tuple:
    """Points far from the origin, several of them repeated exactly: |a|² − 2a·b + |b|² rounds to tiny
    negative numbers for equal points."""
    A, B = pair(seed, 6, 5, 8, scale=100.0)
    return duplicate_rows(A, [0, 1, 2]), np.concatenate([B, A[:3]])


def vote_ties() -> tuple:
    """k = 2 (and 3) votes that tie; the nearest neighbour's label is sometimes the larger one."""
    X_train = np.array([[1, 0], [2, 0], [10, 10], [11, 10], [0, 20], [0, 21], [0, 22]], dtype=np.float64)
    y_train = np.array([5, 2, 2, 9, 9, 5, 2], dtype=np.int64)
    return X_train, y_train, np.array([[0, 0], [10, 10], [0, 20]], dtype=np.float64)


def distance_ties() -> tuple:
    """Duplicate training points with different labels, and equidistant ones."""
    X_train = np.array([[0, 0], [0, 0], [3, 0], [3, 0], [-2, 0], [2, 0]], dtype=np.float64)
    y_train = np.array([5, 2, 9, 2, 9, 2], dtype=np.int64)
    return X_train, y_train, np.array([[0, 0], [3, 0], [0, 1], [0, 2]], dtype=np.float64)


def queries_on_training_points(seed: int) -> tuple:
    """Far-away training points, and queries that are exact copies of some of them."""
    g = rng(seed)
    X_train = g.normal(size=(30, 6)) * 100
    y_train = g.integers(0, 4, 30).astype(np.int64)
    return X_train, y_train, X_train[[3, 7, 7, 12, 25]] + 0.0


def cases() -> list[Case]:
    perf = points(20, 2000, 400, 8, [0, 1, 2, 3])
    random_distances = [
        Case(
            f"distances between random points ({p}×{q}, d={d})",
            "correctness",
            "pairwise_distances",
            pair(s, p, q, d),
            seed=s,
        )
        for s, (p, q, d) in zip(seeds(3, family=1), ((5, 7, 3), (12, 4, 6), (20, 20, 2)), strict=True)
    ]
    random_knn = [
        Case(
            f"knn, k={k}, labels {set(labels)}", "correctness", "knn_predict", (*points(s, n, t, d, labels), k), seed=s
        )
        for s, (n, t, d, labels, k) in zip(
            seeds(3, family=2),
            ((40, 15, 3, [0, 1, 2], 3), (50, 20, 4, [2, 5, 9], 5), (80, 30, 5, [1, 3, 4, 8], 7)),
            strict=True,
        )
    ]
    return [
        *random_distances,
        Case("distances between single points", "shapes", "pairwise_distances", pair(2, 1, 1, 4), seed=2),
        Case("distances with one feature", "shapes", "pairwise_distances", pair(4, 4, 6, 1), seed=4),
        Case(
            "distances with duplicate points far from the origin",
            "stability",
            "pairwise_distances",
            far_duplicates(3),
            seed=3,
            note="identical points are at distance exactly 0; with |a|² − 2a·b + |b|², clip tiny negatives to 0"
            " before the square root",
            note_on=("nonfinite", "values"),
        ),
        *random_knn,
        Case("knn, k=4, one feature", "shapes", "knn_predict", (*points(7, 30, 10, 1, [0, 1, 3]), 4), seed=7),
        Case("knn with k = 1", "edge cases", "knn_predict", (*points(8, 25, 12, 2, [1, 4]), 1), seed=8),
        Case(
            "knn with k = n_train",
            "edge cases",
            "knn_predict",
            (*points(9, 9, 4, 2, [3, 7, 8]), 9),
            seed=9,
            note="with k = n_train every test point gets the overall majority (smallest label on a tie)",
        ),
        Case(
            "knn vote ties, k = 2",
            "edge cases",
            "knn_predict",
            (*vote_ties(), 2),
            note="a vote tie goes to the smallest label",
        ),
        Case(
            "knn vote ties, k = 3",
            "edge cases",
            "knn_predict",
            (*vote_ties(), 3),
            note="a vote tie goes to the smallest label",
        ),
        Case(
            "knn distance ties and duplicate points, k = 1",
            "edge cases",
            "knn_predict",
            (*distance_ties(), 1),
            note=DISTANCE_TIE_NOTE,
        ),
        Case("knn distance ties, k = 3", "edge cases", "knn_predict", (*distance_ties(), 3), note=DISTANCE_TIE_NOTE),
        Case(
            "knn with queries equal to training points, k = 1",
            "stability",
            "knn_predict",
            (*queries_on_training_points(10), 1),
            seed=10,
            note="a query equal to a training point is at distance exactly 0 from it, its nearest neighbour",
        ),
        Case(
            "knn on 400 queries × 2000 points",
            "performance",
            "knn_predict",
            (*perf, 7),
            seed=20,
            note=f"vectorised code takes well under {PERF_BUDGET:g} s here; Python loops over pairs of points "
            "take seconds. Compute all distances at once with array operations.",
            time_limit=PERF_BUDGET,
        ),
    ]
