"""Hidden tests for the softmax / cross-entropy drill: seeded random inputs plus named edge cases."""

import numpy as np

from mlprep.author import Case, normal, rng, seeds


def batch(seed: int, n: int, c: int, scale: float = 2.0, ignored: float = 0.0, ignore_index: int = -100) -> tuple:
    """Logits (n, c) and int64 labels; about a fraction `ignored` of the rows (never all) get ignore_index."""
    g = rng(seed)
    logits = g.normal(size=(n, c)) * scale
    y = g.integers(0, c, size=n).astype(np.int64)
    if ignored:
        drop = g.random(n) < ignored
        drop[0] = True
        drop[-1] = False
        y[drop] = ignore_index
    return logits, y


def huge_logits() -> tuple:
    """Logits of ±1e4 where the true class is often far below the maximum: its probability rounds to 0."""
    logits = np.array(
        [
            [1e4, 0.0, -1e4, 5.0],
            [-1e4, 1e4, 1e4, -3.0],
            [0.0, 0.0, 0.0, 1e4],
            [-1e4, -1e4, -1e4, -1e4],
            [9999.0, -9999.0, 1.0, 2.0],
        ]
    )
    return logits, np.array([2, 0, 1, 3, 0], dtype=np.int64)


def cases() -> list[Case]:
    extreme = np.array([[1e4, 0.0, -1e4], [-1e4, -1e4, -1e4], [1000.0, 999.0, -1000.0], [-1e4, 1e4, 700.0]])
    found = [
        *[
            Case(f"softmax of {n}×{c} logits", "correctness", "softmax", (normal(s, n, c, scale=3.0),), seed=s)
            for s, (n, c) in zip(seeds(3, family=3), ((4, 5), (1, 3), (16, 10)), strict=True)
        ],
        Case("softmax of a 1-D vector", "shapes", "softmax", (np.array([0.5, -1.0, 2.0, 0.0]),)),
        Case("softmax along axis=0", "correctness", "softmax", (np.arange(15.0).reshape(5, 3) / 4,), {"axis": 0}),
        Case(
            "softmax of a 3-D array along axis=1",
            "shapes",
            "softmax",
            (np.linspace(-3, 3, 24).reshape(2, 3, 4),),
            {"axis": 1},
        ),
        Case(
            "softmax of logits up to ±1e4",
            "stability",
            "softmax",
            (extreme,),
            note="exp(1e4) overflows to inf and inf/inf is nan: subtract the maximum along the axis first",
            no_warnings=True,
            note_on=("values", "nonfinite", "warning"),
        ),
        *[
            Case(f"log_softmax of {n}×{c} logits", "correctness", "log_softmax", (normal(s, n, c, scale=3.0),), seed=s)
            for s, (n, c) in zip(seeds(2, family=4), ((4, 5), (7, 2)), strict=True)
        ],
        Case("log_softmax of a 1-D vector", "shapes", "log_softmax", (np.array([3.0, -2.0, 0.25]),)),
        Case(
            "log_softmax along axis=0", "correctness", "log_softmax", (np.arange(12.0).reshape(4, 3) / 3,), {"axis": 0}
        ),
        Case(
            "log_softmax of a 3-D array along axis=-2",
            "shapes",
            "log_softmax",
            (np.linspace(-4, 2, 30).reshape(3, 2, 5),),
            {"axis": -2},
        ),
        Case(
            "log_softmax of logits up to ±1e4",
            "stability",
            "log_softmax",
            (extreme,),
            note="log_softmax(z) = z − m − log Σ exp(z − m), m the maximum: finite even where softmax rounds to 0"
            " (log(softmax) gives −inf there)",
            no_warnings=True,
            note_on=("values", "nonfinite", "warning"),
        ),
    ]
    for s, (n, c) in zip(seeds(3, family=1), ((8, 5), (30, 10), (5, 3)), strict=True):
        found.append(
            Case(f"cross_entropy on random {n}×{c} logits", "correctness", "cross_entropy", batch(s, n, c), seed=s)
        )
    found += [
        Case(
            "cross_entropy with N = C (a transpose still runs)",
            "shapes",
            "cross_entropy",
            batch(11, 4, 4),
            seed=11,
        ),
        Case("cross_entropy with one row (N = 1)", "edge cases", "cross_entropy", batch(12, 1, 6), seed=12),
        Case("cross_entropy with two classes", "shapes", "cross_entropy", batch(13, 9, 2), seed=13),
        Case(
            "cross_entropy with rows labelled −100 (the default ignore_index)",
            "edge cases",
            "cross_entropy",
            batch(14, 12, 5, ignored=0.3),
            seed=14,
            note="ignored rows count neither in the sum nor in M, and their gradient rows are 0",
        ),
        Case(
            "cross_entropy with ignore_index=-1",
            "edge cases",
            "cross_entropy",
            batch(15, 10, 4, ignored=0.3, ignore_index=-1),
            {"ignore_index": -1},
            seed=15,
            note="the rows whose label equals ignore_index (−1 here, not −100) are left out of the sum and of M,"
            " and their gradient rows are 0",
        ),
        Case(
            "cross_entropy with ignore_index=2, a real class",
            "edge cases",
            "cross_entropy",
            _class_ignored(batch(16, 14, 4), 2),
            {"ignore_index": 2},
            seed=16,
            note="the rows labelled 2 are ignored like rows labelled −100 by default: left out of the sum and of M,"
            " with gradient rows of 0",
        ),
        Case(
            "cross_entropy with every row ignored",
            "edge cases",
            "cross_entropy",
            (normal(17, 3, 4), np.full(3, -100, dtype=np.int64)),
            seed=17,
            note="with no row kept (M = 0) return loss 0.0 and an all-zero dlogits, not 0/0 = nan",
        ),
        *[
            Case(
                f"cross_entropy with label_smoothing={eps}",
                "correctness",
                "cross_entropy",
                batch(s, 10, c),
                {"label_smoothing": eps},
                seed=s,
                note="the smoothed target is (1 − ε)·onehot + ε/C, for the loss and for the gradient",
            )
            for s, eps, c in zip(seeds(2, family=2), (0.1, 0.3), (5, 3), strict=True)
        ],
        Case(
            "cross_entropy with label_smoothing=1.0 (uniform target)",
            "edge cases",
            "cross_entropy",
            batch(22, 6, 4),
            {"label_smoothing": 1.0},
            seed=22,
        ),
        Case(
            "cross_entropy with label smoothing and ignored rows",
            "edge cases",
            "cross_entropy",
            batch(23, 12, 6, ignored=0.4),
            {"label_smoothing": 0.2},
            seed=23,
            note="ignored rows take no part at all: not in the sum, not in M, no ε/C target, and a zero gradient row",
        ),
        Case(
            "cross_entropy at logits up to ±1e4",
            "stability",
            "cross_entropy",
            huge_logits(),
            note="if only the ±1e4 cases fail: take the loss from log_softmax (z − m − log Σ exp(z − m)), never"
            " from log(softmax(z)) or exp of unshifted logits",
            no_warnings=True,
            note_on=("warning", "nonfinite", "loss"),
        ),
        Case(
            "cross_entropy at logits up to ±1e4 with label smoothing",
            "stability",
            "cross_entropy",
            huge_logits(),
            {"label_smoothing": 0.1},
            note="if only the ±1e4 cases fail: take the loss from log_softmax (z − m − log Σ exp(z − m)), never"
            " from log(softmax(z)) or exp of unshifted logits",
            no_warnings=True,
            note_on=("warning", "nonfinite", "loss"),
        ),
    ]
    return found


def _class_ignored(args: tuple, label: int) -> tuple:
    logits, y = args
    y = y.copy()
    y[:3] = label  # make sure the ignored class occurs
    return logits, y
