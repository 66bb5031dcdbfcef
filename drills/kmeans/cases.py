"""Hidden tests for the kmeans drill: k-means++ seeding on seeded blobs and duplicate points, and Lloyd's
algorithm on blobs, with distance ties, duplicate and far-away initial centres (empty clusters), an init
that is already converged, max_iter limits, k = 1 and k = n."""

import numpy as np

from mlprep.author import Case, rng, seeds


def blobs(seed: int, k: int, per: int, d: int = 2, spread: float = 4.0) -> np.ndarray:
    """k Gaussian blobs of `per` points each, centres drawn with scale `spread`, rows shuffled."""
    g = rng(seed)
    X = np.concatenate([g.normal(size=(per, d)) + g.normal(size=d) * spread for _ in range(k)])
    return X[g.permutation(len(X))]


def rows(seed: int, X: np.ndarray, k: int) -> np.ndarray:
    """k distinct random rows of X, as an initialisation."""
    return X[rng(seed).choice(len(X), size=k, replace=False)].copy()


def repeated_points() -> np.ndarray:
    """Four distinct points, each repeated 3 to 6 times, in a scrambled order."""
    distinct = np.array([[0.0, 0.0], [4.0, 0.0], [0.0, 3.0], [10.0, 10.0]])
    X = np.repeat(distinct, [5, 3, 6, 4], axis=0)
    return X[rng(7).permutation(len(X))]


def unbalanced(seed: int) -> np.ndarray:
    """A dense cluster of 40 points and three far-away singletons."""
    g = rng(seed)
    return np.concatenate([g.normal(size=(40, 2)) * 0.5, [[20.0, 0.0], [0.0, -15.0], [-12.0, 12.0]]])


def tie_line() -> tuple:
    """Five points on a line and two centres; the middle point is exactly equidistant from both."""
    X = np.array([[-2.0, 0.0], [-1.0, 0.0], [0.0, 0.0], [1.0, 0.0], [2.0, 0.0]])
    return X, np.array([[-1.0, 0.0], [1.0, 0.0]])


def converged_init(seed: int) -> tuple:
    """Well-separated blobs and, as init, the means of the blobs they were drawn from."""
    g = rng(seed)
    centres = np.array([[0.0, 0.0], [20.0, 0.0], [0.0, 20.0]])
    labels = np.repeat(np.arange(3), 10)
    X = centres[labels] + g.normal(size=(30, 2))
    return X, np.stack([X[labels == c].mean(axis=0) for c in range(3)])


def cases() -> list[Case]:
    kpp_random = [
        Case(
            f"k-means++ on {k} blobs (k={k}, rng={r})",
            "correctness",
            "kmeans_plus_plus",
            (blobs(s, k, per, d), k, r),
            seed=s,
        )
        for s, (k, per, d, r) in zip(
            seeds(4, family=1), ((3, 20, 2, 0), (4, 15, 3, 7), (5, 10, 2, 42), (3, 30, 4, 123)), strict=True
        )
    ]
    km_random = [
        Case(
            f"k-means on {k} blobs (n={k * per}, d={d}, k={k})",
            "correctness",
            "kmeans",
            (X := blobs(s, k, per, d, spread=2.5), rows(s, X, k)),
            seed=s,
        )
        for s, (k, per, d) in zip(seeds(4, family=2), ((3, 20, 2), (4, 25, 3), (5, 12, 2), (2, 40, 5)), strict=True)
    ]
    X_slow = rng(30).uniform(size=(120, 2))
    X_tie, init_tie = tie_line()
    X_dup = blobs(31, 3, 15)
    X_far = blobs(32, 3, 15)
    X_one = blobs(33, 3, 15, d=1)
    X_kn = blobs(34, 2, 4)
    return [
        *kpp_random,
        Case(
            "k-means++ with k=1 (only the first, uniform draw)",
            "edge cases",
            "kmeans_plus_plus",
            (blobs(10, 2, 10), 1, 5),
            seed=10,
        ),
        Case(
            "k-means++ on repeated points, k = the number of distinct points",
            "edge cases",
            "kmeans_plus_plus",
            (repeated_points(), 4, 3),
            note="a point at distance 0 from a chosen centre has probability 0: every distinct point is chosen once",
        ),
        *[
            Case(
                f"k-means++ with far-away singletons (rng={r})",
                "correctness",
                "kmeans_plus_plus",
                (unbalanced(11), 4, r),
                seed=11,
                note="the next centre is drawn with probability proportional to D², the squared distance to the"
                " nearest centre chosen so far",
            )
            for r in (1, 2)
        ],
        Case("k-means++ with one feature", "shapes", "kmeans_plus_plus", (blobs(12, 3, 10, d=1), 3, 9), seed=12),
        *km_random,
        Case(
            "k-means on uniform points until convergence (k=5)",
            "correctness",
            "kmeans",
            (X_slow, rows(30, X_slow, 5)),
            seed=30,
        ),
        Case(
            "k-means with max_iter=1",
            "edge cases",
            "kmeans",
            (X_slow, rows(30, X_slow, 5), 1),
            seed=30,
            note="max_iter=1: one assignment and one update; labels from that assignment, centres its means, n_iter 1",
        ),
        Case(
            "k-means stopped by max_iter=3 before converging",
            "edge cases",
            "kmeans",
            (X_slow, rows(30, X_slow, 5)),
            {"max_iter": 3},
            seed=30,
            note="when max_iter stops the run, return the last assignment's labels, the centres updated from them,"
            " and n_iter = max_iter",
        ),
        Case(
            "k-means from an already converged init",
            "edge cases",
            "kmeans",
            converged_init(35),
            seed=35,
            note="the second assignment repeats the first, so the run stops there: n_iter = 2 (assignment steps),"
            " the centres are the init's",
        ),
        Case(
            "k-means with a point equidistant from two centres",
            "edge cases",
            "kmeans",
            (X_tie, init_tie),
            note="a point at the same distance from several centres goes to the lowest-index centre",
            note_on=("labels", "centers", "nonfinite"),
        ),
        Case(
            "k-means with two identical initial centres",
            "edge cases",
            "kmeans",
            (X_dup, X_dup[[0, 0, 1]] + 0.0),
            seed=31,
            note="ties go to the lower index, so the first assignment gives centre 1 no point: an empty cluster keeps"
            " its centre (and may win points later)",
            note_on=("labels", "centers", "nonfinite"),
        ),
        Case(
            "k-means with a far-away initial centre (an empty cluster)",
            "edge cases",
            "kmeans",
            (X_far, np.concatenate([X_far[:2], [[100.0, 100.0]]])),
            seed=32,
            note="no point is ever nearest to [100, 100]: an empty cluster keeps its centre (no nan, no reset)",
            note_on=("labels", "centers", "nonfinite"),
        ),
        Case("k-means with one feature", "shapes", "kmeans", (X_one, rows(33, X_one, 3)), seed=33),
        Case(
            "k-means with k = 1",
            "edge cases",
            "kmeans",
            (X_far, X_far[[4]] + 0.0),
            seed=32,
            note="one cluster: its centre is the mean of all points after the first update, and n_iter is 2",
        ),
        Case(
            "k-means with k = n (every point its own centre)", "edge cases", "kmeans", (X_kn, X_kn[::-1] + 0.0), seed=34
        ),
    ]
