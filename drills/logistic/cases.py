"""Hidden tests for the logistic drill: seeded random batches plus named edge cases."""

import numpy as np

from mlprep.author import Case, extreme_values, rng, seeds


def batch(seed: int, m: int, n: int, scale: float = 1.0) -> tuple:
    """X, y, W, b for one random batch."""
    g = rng(seed)
    X = g.normal(size=(m, n))
    W = g.normal(size=n) * scale
    y = (g.random(m) < 0.5).astype(np.float64)
    return X, y, W, float(g.normal())


def separable(seed: int, m: int, n: int) -> tuple:
    """X, y for training: labels from a noisy linear rule."""
    g = rng(seed)
    X = g.normal(size=(m, n))
    y = (X @ g.normal(size=n) + 0.5 * g.normal(size=m) > 0).astype(np.float64)
    return X, y


def extreme() -> tuple:
    """Logits ±1000 and ±40, half of them on the wrong side of their label."""
    z = np.array([1000.0, -1000.0, 1000.0, -1000.0, 40.0, -40.0, 3.0, 0.0])
    X = np.stack([z, np.linspace(-1.0, 1.0, z.size)], axis=1)
    y = np.array([1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0])
    return X, y, np.array([1.0, 0.0]), 0.0


def cases() -> list[Case]:
    g = rng(0)
    found = [
        Case("sigmoid of random values", "correctness", "sigmoid", (g.normal(size=20) * 4,), seed=0),
        Case("sigmoid keeps the input's shape", "shapes", "sigmoid", (np.linspace(-6, 6, 12).reshape(3, 4),)),
        Case(
            "sigmoid at ±1000",
            "stability",
            "sigmoid",
            (extreme_values(),),
            note="exp(-x) overflows for very negative x; use exp(-|x|) or tanh",
            no_warnings=True,
        ),
    ]
    for seed, (m, n) in zip(seeds(3, family=1), ((12, 3), (30, 5), (7, 2)), strict=True):
        found.append(
            Case(f"logistic on a random batch (m={m}, n={n})", "correctness", "logistic", batch(seed, m, n), seed=seed)
        )
    found += [
        Case("logistic with one example (m = 1)", "edge cases", "logistic", batch(4, 1, 3), seed=4),
        Case("logistic with one feature (n = 1)", "shapes", "logistic", batch(5, 9, 1), seed=5),
        Case(
            "logistic with a square X (m = n)",
            "shapes",
            "logistic",
            batch(6, 4, 4),
            seed=6,
            note="if you wrote X where X.T belongs (X @ (p - y)), m = n is the shape where it still runs:"
            " dW = X.T @ (p - y) / m",
            note_on=("dW",),
        ),
        Case("logistic with all labels 1", "edge cases", "logistic", _all_ones(batch(7, 10, 3)), seed=7),
        Case(
            "logistic at extreme logits (±1000)",
            "stability",
            "logistic",
            extreme(),
            note="log(p) is -inf once p rounds to 0 or 1, and clipping p or adding an epsilon caps the loss far"
            " below its true value; compute it from the logit: np.logaddexp(0, z) - y * z",
            note_on=("warning", "nonfinite", "loss"),
            no_warnings=True,
        ),
        Case("train with default lr and epochs", "correctness", "train", separable(8, 40, 3), seed=8),
        Case(
            "train with lr=0.5, epochs=30",
            "correctness",
            "train",
            separable(9, 25, 4),
            {"lr": 0.5, "epochs": 30},
            seed=9,
        ),
        Case(
            "train with epochs=0 returns the start", "edge cases", "train", separable(10, 6, 2), {"epochs": 0}, seed=10
        ),
        *[
            Case(
                f"train with a tiny learning rate (lr={lr:g})",
                "edge cases",
                "train",
                separable(seed, 30, 3),
                {"lr": lr, "epochs": 50},
                seed=seed,
                note="if you stop once the loss stops changing: here it barely moves from one epoch to the next,"
                " but every one of the `epochs` steps counts",
            )
            for seed, lr in zip(seeds(2, family=2), (1e-6, 1e-9), strict=True)
        ],
    ]
    return found


def _all_ones(args: tuple) -> tuple:
    X, y, W, b = args
    return X, np.ones_like(y), W, b
