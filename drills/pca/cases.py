"""Hidden tests for the pca drill: seeded correlated data with distinct variances, all components (a square
components matrix), one component, more features than samples, two samples, one feature, and data far
from the origin."""

import numpy as np

from mlprep.author import Case, rng, seeds


def correlated(seed: int, n: int, d: int, offset: float = 3.0) -> np.ndarray:
    """n points in d dims with clearly distinct variances along random directions, shifted off the origin."""
    g = rng(seed)
    basis, _ = np.linalg.qr(g.normal(size=(d, d)))
    scales = 4.0 * 0.6 ** np.arange(d)  # well-separated standard deviations
    return (g.normal(size=(n, d)) * scales) @ basis.T + offset * g.normal(size=d)


def cases() -> list[Case]:
    random = [
        Case(
            f"pca of random correlated data (n={n}, d={d}, n_components={k})",
            "correctness",
            "pca",
            (correlated(s, n, d), k),
            seed=s,
        )
        for s, (n, d, k) in zip(seeds(4, family=1), ((50, 5, 2), (100, 8, 3), (30, 4, 3), (200, 6, 4)), strict=True)
    ]
    return [
        *random,
        Case(
            "pca keeping every component (n_components = d)",
            "shapes",
            "pca",
            (correlated(10, 40, 4), 4),
            seed=10,
            note="if components has one component per column: with n_components = d the transposed matrix has"
            " the right shape but the wrong values; it is (n_components, d), one component per row",
            note_on=("components",),
        ),
        Case("pca with one component", "shapes", "pca", (correlated(11, 25, 3), 1), seed=11),
        Case("pca with more features than samples (n=6, d=10)", "shapes", "pca", (correlated(12, 6, 10), 3), seed=12),
        Case(
            "pca of two samples",
            "edge cases",
            "pca",
            (correlated(13, 2, 3), 1),
            seed=13,
            note="with n = 2 the variance divides by n − 1 = 1",
        ),
        Case(
            "pca of one feature",
            "edge cases",
            "pca",
            (correlated(14, 15, 1), 1),
            seed=14,
            note="one feature: the component is [1.0] (its only entry made positive) and the variance is"
            " np.var(x, ddof=1)",
        ),
        Case(
            "pca of data far from the origin (mean 1e6)",
            "stability",
            "pca",
            (correlated(15, 60, 4, offset=1e6), 2),
            seed=15,
            note="if only this case fails: the mean is 1e6 times the spread, so centre first and decompose X − mean;"
            " a covariance computed as E[x xᵀ] − mean·meanᵀ loses every digit",
        ),
        Case(
            "pca of a square X (n = d = 5)",
            "shapes",
            "pca",
            (correlated(16, 5, 5), 2),
            seed=16,
        ),
    ]
