"""Hidden tests for the lasso drill: seeded sparse problems with columns of different scales, plus
n_iter 0 and 1, alpha 0 and above the point where every weight is 0, zero and correlated columns."""

import numpy as np

from mlprep.author import Case, rng, seeds


def sparse_problem(seed: int, n: int, d: int, k: int, noise: float = 0.3) -> tuple:
    """X (n, d) with column scales between 0.5 and 3, y = X w + noise with k non-zero weights of both signs."""
    g = rng(seed)
    X = g.normal(size=(n, d)) * g.uniform(0.5, 3.0, size=d)
    w = np.zeros(d)
    w[g.permutation(d)[:k]] = g.choice([-1.0, 1.0], size=k) * g.uniform(0.5, 2.0, size=k)
    return X, X @ w + noise * g.normal(size=n)


def alpha_max(X: np.ndarray, y: np.ndarray) -> float:
    """The smallest alpha at which every weight is 0: max |X_jᵀ y| / n."""
    return float(np.abs(X.T @ y).max() / len(y))


def correlated(seed: int, n: int) -> tuple:
    """Three strongly correlated columns and two independent ones."""
    g = rng(seed)
    base = g.normal(size=n)
    X = np.column_stack([base + 0.1 * g.normal(size=n) for _ in range(3)] + [g.normal(size=n) for _ in range(2)])
    return X, 2.0 * base - X[:, 3] + 0.2 * g.normal(size=n)


def nearly_collinear(seed: int, n: int) -> tuple:
    """Two columns with correlation about 0.995 and an independent one: each sweep moves the weights a
    little less than the one before, so a tolerance-based stop ends far from where n_iter sweeps get."""
    g = rng(seed)
    base = g.normal(size=n)
    X = np.column_stack([base, base + 0.1 * g.normal(size=n), g.normal(size=n)])
    return X, X @ np.array([1.0, 0.5, 1.0]) + 0.1 * g.normal(size=n)


def zero_column(seed: int) -> tuple:
    X, y = sparse_problem(seed, 25, 5, 3)
    X[:, 2] = 0.0
    return X, y


def cases() -> list[Case]:
    random = [
        Case(
            f"lasso on a random sparse problem (n={n}, d={d}, alpha={a:g}, n_iter={it})",
            "correctness",
            "lasso_cd",
            (*sparse_problem(s, n, d, k), a, it),
            seed=s,
        )
        for s, (n, d, k, a, it) in zip(
            seeds(4, family=1),
            ((30, 6, 3, 0.1, 50), (50, 8, 3, 0.3, 10), (20, 5, 2, 0.05, 200), (40, 10, 4, 0.5, 5)),
            strict=True,
        )
    ]
    X_big, y_big = sparse_problem(20, 30, 6, 3)
    X_one, y_one = sparse_problem(21, 15, 1, 1)
    return [
        *random,
        Case(
            "lasso with n_iter=0 returns zeros",
            "edge cases",
            "lasso_cd",
            (*sparse_problem(10, 12, 4, 2), 0.1, 0),
            seed=10,
            note="w starts at zeros and n_iter=0 means no sweep",
        ),
        Case(
            "lasso, a single sweep over correlated features (n_iter=1)",
            "correctness",
            "lasso_cd",
            (*correlated(11, 30), 0.05, 1),
            seed=11,
            note="if every feature of a sweep uses the residual from the start of the sweep (Jacobi): feature j"
            " must see the updates of features 0..j−1 (Gauss–Seidel)",
        ),
        Case(
            "lasso over correlated features at convergence (n_iter=300)",
            "correctness",
            "lasso_cd",
            (*correlated(12, 40), 0.2, 300),
            seed=12,
        ),
        Case(
            "lasso on nearly collinear features, slow progress (n_iter=5000)",
            "correctness",
            "lasso_cd",
            (*nearly_collinear(6, 30), 0.01, 5000),
            seed=6,
            note="if you stop once the weights barely change: here every sweep still moves them a little, and all"
            " n_iter sweeps count",
        ),
        Case(
            "lasso with alpha=0 (least squares by coordinate descent)",
            "edge cases",
            "lasso_cd",
            (*sparse_problem(13, 30, 4, 4), 0.0, 30),
            seed=13,
        ),
        Case(
            "lasso with alpha just above max|X_jᵀy|/n: every weight exactly 0",
            "edge cases",
            "lasso_cd",
            (X_big, y_big, alpha_max(X_big, y_big) * 1.001, 20),
            seed=20,
            note="once alpha ≥ max_j |X_jᵀy| / n every soft-threshold returns exactly 0.0 and w stays at zeros",
        ),
        Case(
            "lasso with alpha just below max|X_jᵀy|/n: one non-zero weight",
            "edge cases",
            "lasso_cd",
            (X_big, y_big, alpha_max(X_big, y_big) * 0.9, 20),
            seed=20,
            note="if a weight here is tiny but not 0.0: where |ρ_j| ≤ n·alpha the soft-threshold returns exactly 0.0",
        ),
        Case(
            "lasso with an all-zero column",
            "edge cases",
            "lasso_cd",
            (*zero_column(14), 0.1, 20),
            seed=14,
            note="an all-zero column has ‖X_j‖² = 0: skip it and leave its weight at 0 (no 0/0)",
            note_on=("nonfinite", "warning", "error"),
        ),
        Case(
            "lasso with more features than samples (n=10, d=20)",
            "shapes",
            "lasso_cd",
            (*sparse_problem(15, 10, 20, 3), 0.1, 50),
            seed=15,
        ),
        Case(
            "lasso with one feature",
            "shapes",
            "lasso_cd",
            (X_one, y_one, 0.2, 3),
            seed=21,
            note="with one feature the answer is soft_threshold(xᵀy, n·alpha) / ‖x‖² after the first sweep",
        ),
        Case(
            "lasso with a large offset in y (no intercept is fitted)",
            "correctness",
            "lasso_cd",
            (sparse_problem(16, 25, 4, 2)[0], sparse_problem(16, 25, 4, 2)[1] + 5.0, 0.1, 30),
            seed=16,
            note="if you centred X or y: the model has no intercept, so use them as they are",
        ),
    ]
