"""Hidden tests for the debug softmax / cross-entropy drill. Each planted bug shows on its own cases only:
the gradient scale on batches of N > 1 rows with moderate logits, the overflow of exp on softmax inputs
and on single rows of large logits, and log(0) on single rows where one class is far below the maximum."""

import numpy as np

from mlprep.author import Case, normal, rng, seeds

MEAN_NOTE = "the loss is the mean over the N rows, so its gradient is (softmax − onehot) / N"
OVERFLOW_NOTE = (
    "exp(z) overflows above ~709 (or is 0 for every entry of a row far below 0): subtract each row's maximum first"
)
LOG_NOTE = (
    "a probability can round to exactly 0 while its log-probability is finite (−900, say): take"
    " log-softmax z − m − log Σ exp(z − m), not log(softmax)"
)


def batch(seed: int, n: int, c: int, scale: float = 2.0) -> tuple:
    """Logits (n, c) of moderate size and int64 labels."""
    g = rng(seed)
    logits = g.normal(size=(n, c)) * scale
    return logits, g.integers(0, c, size=n).astype(np.int64)


def one_row(values: list[float], label: int) -> tuple:
    return np.array([values]), np.array([label], dtype=np.int64)


def cases() -> list[Case]:
    found = [
        *[
            Case(f"softmax of {n}×{c} logits", "correctness", "softmax", (normal(s, n, c, scale=3.0),), seed=s)
            for s, (n, c) in zip(seeds(3, family=1), ((4, 5), (1, 3), (16, 10)), strict=True)
        ],
        Case("softmax of a 1-D vector", "shapes", "softmax", (np.array([0.5, -1.0, 2.0, 0.0]),)),
        Case("softmax of a 3×3 array (N = C)", "shapes", "softmax", (normal(13, 3, 3, scale=2.0),), seed=13),
        Case(
            "softmax of logits near 1000",
            "stability",
            "softmax",
            (np.array([[1000.0, 999.0, 998.5, 1001.0], [1e4, 1e4 - 2.0, 1e4 - 7.0, 1e4 - 1.0]]),),
            note=OVERFLOW_NOTE,
            no_warnings=True,
            note_on=("values", "nonfinite", "warning"),
        ),
        Case(
            "softmax of logits up to ±1e4",
            "stability",
            "softmax",
            (np.array([[1e4, 0.0, -1e4], [-1e4, -1e4, -1e4], [-1000.0, -1001.0, -1003.0]]),),
            note=OVERFLOW_NOTE,
            no_warnings=True,
            note_on=("values", "nonfinite", "warning"),
        ),
        Case(
            "softmax of a 1-D vector of large logits",
            "stability",
            "softmax",
            (np.array([800.0, 805.0, -50.0]),),
            note=OVERFLOW_NOTE,
            no_warnings=True,
            note_on=("values", "nonfinite", "warning"),
        ),
        Case(
            "softmax of rows at very different levels",
            "stability",
            "softmax",
            (np.array([[1000.0, 1001.0, 999.0], [0.0, 1.0, 2.0], [-5.0, 3.0, 0.5]]),),
            note="subtract each row's own maximum (np.max(z, axis=-1, keepdims=True)): neither the raw logits nor"
            " the maximum of the whole array keeps every row in range",
            no_warnings=True,
            note_on=("values", "nonfinite", "warning"),
        ),
    ]
    for s, (n, c) in zip(seeds(3, family=2), ((8, 5), (30, 10), (5, 3)), strict=True):
        found.append(
            Case(
                f"softmax_cross_entropy on random {n}×{c} logits",
                "correctness",
                "softmax_cross_entropy",
                batch(s, n, c),
                seed=s,
                note=MEAN_NOTE,
                note_on=("dlogits",),
            )
        )
    found += [
        Case(
            "softmax_cross_entropy with N = C (a transpose still runs)",
            "shapes",
            "softmax_cross_entropy",
            batch(21, 4, 4),
            seed=21,
        ),
        Case("softmax_cross_entropy with two classes", "shapes", "softmax_cross_entropy", batch(22, 9, 2), seed=22),
        Case(
            "softmax_cross_entropy with one row (N = 1)",
            "edge cases",
            "softmax_cross_entropy",
            batch(23, 1, 6),
            seed=23,
        ),
        Case(
            "softmax_cross_entropy, one row of logits near 1000",
            "stability",
            "softmax_cross_entropy",
            one_row([1000.0, 999.0, 998.5, 1001.0], 2),
            note=OVERFLOW_NOTE,
            no_warnings=True,
            note_on=("warning", "nonfinite"),
        ),
        Case(
            "softmax_cross_entropy, one row of logits near 1e4",
            "stability",
            "softmax_cross_entropy",
            one_row([1e4, 1e4 - 3.0, 1e4 - 1.0], 0),
            note=OVERFLOW_NOTE,
            no_warnings=True,
            note_on=("warning", "nonfinite"),
        ),
        Case(
            "softmax_cross_entropy, one row of logits near −1000",
            "stability",
            "softmax_cross_entropy",
            one_row([-1000.0, -1001.0, -1003.0], 1),
            note=OVERFLOW_NOTE,
            no_warnings=True,
            note_on=("warning", "nonfinite"),
        ),
        Case(
            "softmax_cross_entropy, the true class 900 below the maximum",
            "stability",
            "softmax_cross_entropy",
            one_row([3.0, -900.0, 0.0, 1.0], 1),
            note=LOG_NOTE,
            no_warnings=True,
            note_on=("warning", "nonfinite", "loss"),
        ),
        Case(
            "softmax_cross_entropy, another class 1e4 below the maximum",
            "stability",
            "softmax_cross_entropy",
            one_row([2.0, -1e4, 0.5], 0),
            note=LOG_NOTE,
            no_warnings=True,
            note_on=("warning", "nonfinite", "loss"),
        ),
    ]
    return found
