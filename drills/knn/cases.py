"""Hidden tests for the knn drill: seeded random points plus named edge cases and a performance case."""

import numpy as np

from mlprep.grader.model import Case, Out

OUTPUTS = {
    "pairwise_distances": (Out("distances", rtol=1e-6, atol=1e-6),),
    "knn_predict": (Out("labels", kind="exact"),),
}

PERF_BUDGET = 1.5


def points(seed: int, n_train: int, n_test: int, d: int, labels: list[int]) -> tuple:
    rng = np.random.default_rng(seed)
    X_train = rng.normal(size=(n_train, d))
    y_train = np.array(labels, dtype=np.int64)[rng.integers(0, len(labels), n_train)]
    return X_train, y_train, rng.normal(size=(n_test, d))


def pair(seed: int, p: int, q: int, d: int) -> tuple:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(p, d)) * 3, rng.normal(size=(q, d)) * 3


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


def cases() -> list[Case]:
    with_duplicates = pair(3, 5, 4, 3)
    with_duplicates = (np.vstack([with_duplicates[0], with_duplicates[1][:2]]), with_duplicates[1])
    perf = points(20, 2000, 400, 8, [0, 1, 2, 3])
    return [
        Case("distances between random points", "correctness", "pairwise_distances", pair(1, 5, 7, 3), seed=1),
        Case("distances between single points", "shapes", "pairwise_distances", pair(2, 1, 1, 4), seed=2),
        Case("distances with one feature", "shapes", "pairwise_distances", pair(4, 4, 6, 1), seed=4),
        Case(
            "distances with duplicate points",
            "edge cases",
            "pairwise_distances",
            with_duplicates,
            seed=3,
            note="identical points are at distance 0 (clip tiny negatives before the square root)",
        ),
        Case("knn, k=3, labels {0, 1, 2}", "correctness", "knn_predict", (*points(5, 40, 15, 3, [0, 1, 2]), 3), seed=5),
        Case("knn, k=5, labels {2, 5, 9}", "correctness", "knn_predict", (*points(6, 50, 20, 4, [2, 5, 9]), 5), seed=6),
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
            note="a distance tie goes to the lower training index (use a stable sort)",
        ),
        Case("knn distance ties, k = 3", "edge cases", "knn_predict", (*distance_ties(), 3)),
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
