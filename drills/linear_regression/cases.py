"""Hidden tests for the linear_regression drill: seeded random problems plus rank-deficient and degenerate
designs (zero, constant and duplicated columns, more features than samples, one sample)."""

from mlprep.author import Case, rng, seeds


def regression(seed: int, n: int, d: int, intercept: float = 1.5, noise: float = 0.3) -> tuple:
    """X (n, d) and y = X w + intercept + noise for a random w."""
    g = rng(seed)
    X = g.normal(size=(n, d))
    y = X @ g.normal(size=d) * 2.0 + intercept + noise * g.normal(size=n)
    return X, y


def with_column(seed: int, n: int, d: int, kind: str) -> tuple:
    """A random problem whose column 1 is all zeros, constant (3.0) or a copy of column 0."""
    X, y = regression(seed, n, d)
    if kind == "zero":
        X[:, 1] = 0.0
    elif kind == "constant":
        X[:, 1] = 3.0
    else:
        X[:, 1] = X[:, 0]
    return X, y


def cases() -> list[Case]:
    gd_random = [
        Case(
            f"gradient descent on a random problem (n={n}, d={d}, lr={lr:g}, epochs={e})",
            "correctness",
            "fit_gd",
            (*regression(s, n, d), lr, e),
            seed=s,
        )
        for s, (n, d, lr, e) in zip(
            seeds(3, family=1), ((20, 3, 0.05, 30), (50, 5, 0.1, 100), (8, 2, 0.02, 10)), strict=True
        )
    ]
    normal_random = [
        Case(
            f"least squares on a random problem (n={n}, d={d})",
            "correctness",
            "fit_normal_equation",
            regression(s, n, d),
            seed=s,
        )
        for s, (n, d) in zip(seeds(3, family=2), ((30, 4), (100, 6), (12, 1)), strict=True)
    ]
    ridge_random = [
        Case(
            f"ridge on a random problem (n={n}, d={d}, alpha={a:g})",
            "correctness",
            "ridge",
            (*regression(s, n, d), a),
            seed=s,
        )
        for s, (n, d, a) in zip(seeds(3, family=3), ((30, 4, 0.1), (60, 5, 1.0), (15, 3, 10.0)), strict=True)
    ]
    return [
        *gd_random,
        Case(
            "gradient descent with epochs=0 returns the start",
            "edge cases",
            "fit_gd",
            (*regression(10, 6, 2), 0.1, 0),
            seed=10,
            note="with epochs=0 no step is taken: w = zeros(d), b = 0.0",
        ),
        Case(
            "gradient descent, a single step (epochs=1)",
            "edge cases",
            "fit_gd",
            (*regression(11, 10, 3), 0.1, 1),
            seed=11,
            note="one step from zeros: w = −lr·∂L/∂w(0, 0), b = −lr·∂L/∂b(0, 0), with L the mean of the"
            " squared residuals (its gradient has a factor 2)",
        ),
        Case(
            "gradient descent with a square X (n = d = 4)",
            "shapes",
            "fit_gd",
            (*regression(12, 4, 4), 0.02, 20),
            seed=12,
            note="if you wrote X where X.T belongs, n = d is the shape where it still runs: ∂L/∂w = (2/n)·X.T @ r",
            note_on=("w",),
        ),
        Case(
            "gradient descent with one sample (n = 1)", "edge cases", "fit_gd", (*regression(13, 1, 3), 0.1, 5), seed=13
        ),
        Case(
            "gradient descent with one feature and a large intercept",
            "correctness",
            "fit_gd",
            (*regression(14, 25, 1, intercept=20.0), 0.1, 40),
            seed=14,
        ),
        *[
            Case(
                f"gradient descent with a tiny learning rate (lr={lr:g})",
                "edge cases",
                "fit_gd",
                (*regression(s, 30, 3), lr, 50),
                seed=s,
                note="if you stop once the loss stops changing: here it barely moves between epochs, but every one"
                " of the `epochs` steps counts",
            )
            for s, lr in zip(seeds(2, family=4), (1e-6, 1e-9), strict=True)
        ],
        *normal_random,
        Case(
            "least squares with n = d + 1 (an exact fit)",
            "shapes",
            "fit_normal_equation",
            regression(20, 5, 4),
            seed=20,
        ),
        Case(
            "least squares with an all-zero column",
            "edge cases",
            "fit_normal_equation",
            with_column(21, 20, 4, "zero"),
            seed=21,
            note="XᵀX is singular here; np.linalg.lstsq (or pinv) still gives the minimum-norm solution, with"
            " weight 0 on the zero column",
            note_on=("error", "values", "nonfinite"),
        ),
        Case(
            "least squares with a duplicated column",
            "edge cases",
            "fit_normal_equation",
            with_column(22, 20, 4, "duplicate"),
            seed=22,
            note="two equal columns: the minimum-norm solution splits their weight equally",
            note_on=("error", "values", "nonfinite"),
        ),
        Case(
            "least squares with a constant column",
            "edge cases",
            "fit_normal_equation",
            with_column(23, 20, 4, "constant"),
            seed=23,
            note="a constant column duplicates the intercept; the minimum ‖w‖ (intercept not in the norm) gives it"
            " weight 0",
            note_on=("error", "values", "nonfinite"),
        ),
        Case(
            "least squares with more features than samples (n=5, d=8)",
            "edge cases",
            "fit_normal_equation",
            regression(24, 5, 8),
            seed=24,
            note="many exact fits exist: return the one with the smallest ‖w‖, the intercept not in the norm"
            " (centre X and y, then lstsq)",
            note_on=("error", "values", "nonfinite"),
        ),
        Case(
            "least squares with one sample (n = 1)",
            "edge cases",
            "fit_normal_equation",
            regression(25, 1, 3),
            seed=25,
            note="one sample: the minimum-norm fit is w = 0 and b = y[0]",
            note_on=("error", "values", "nonfinite"),
        ),
        *ridge_random,
        Case(
            "ridge with more features than samples (n=6, d=10)",
            "shapes",
            "ridge",
            (*regression(30, 6, 10), 0.5),
            seed=30,
        ),
        Case(
            "ridge with a large intercept",
            "correctness",
            "ridge",
            (*regression(31, 20, 3, intercept=50.0), 5.0),
            seed=31,
            note="the intercept is not penalised: centre X and y, fit w, then b = mean(y) − mean(X)·w",
        ),
        Case(
            "ridge with a huge alpha (1e8)",
            "edge cases",
            "ridge",
            (*regression(32, 15, 3, intercept=4.0), 1e8),
            seed=32,
            note="as alpha grows w shrinks to 0 but b tends to mean(y), not 0: the intercept is not penalised",
        ),
        Case("ridge with an all-zero column", "edge cases", "ridge", (*with_column(33, 20, 4, "zero"), 1.0), seed=33),
        Case(
            "ridge with one sample (n = 1)",
            "edge cases",
            "ridge",
            (*regression(34, 1, 3), 2.0),
            seed=34,
            note="one sample: w = 0 and b = y[0]",
        ),
        Case("ridge with a square X (n = d = 5)", "shapes", "ridge", (*regression(35, 5, 5), 0.3), seed=35),
    ]
