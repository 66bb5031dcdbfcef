"""Hidden tests for the roc_auc drill: seeded random scores (continuous and heavily tied), named edge cases
for every convention (ties, one class, 0/0), and performance cases at n = 200 000."""

import numpy as np

from mlprep.author import Case, rng, seeds

PERF_BUDGET = 5.0
PERF_N = 200_000


def scored(seed: int, n: int, positive: float = 0.4, distinct: int | None = None, shift: float = 1.0) -> tuple:
    """y (n,) int64 in {0, 1} with both classes present, and scores (n,) float64 that lean towards the
    positives; with `distinct`, the scores take only that many different values (many ties)."""
    g = rng(seed)
    y = (g.random(n) < positive).astype(np.int64)
    y[0], y[1] = 1, 0
    y = g.permutation(y)
    scores = g.normal(size=n) + shift * y
    if distinct is not None:
        levels = np.sort(g.normal(size=distinct) * 1.5)
        scores = levels[np.argsort(np.argsort(scores)) * distinct // n]
    return y, scores


def predictions(seed: int, n: int) -> tuple:
    """y_true and y_pred (n,) int64 in {0, 1}, agreeing on about 70% of the samples."""
    g = rng(seed)
    y_true = (g.random(n) < 0.4).astype(np.int64)
    flip = g.random(n) < 0.3
    return y_true, np.where(flip, 1 - y_true, y_true)


def ints(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def floats(*values: float) -> np.ndarray:
    return np.array(values, dtype=np.float64)


TIES_NOTE = (
    "a positive and a negative with equal scores count ½: rank all scores together, give tied scores the"
    " average of the ranks they span, and use AUC = (sum of positive ranks − P(P+1)/2) / (P·N)"
)
ONE_CLASS_NOTE = "with only one class present the AUC is undefined: return nan"
CURVE_TIES_NOTE = (
    "the thresholds are the distinct scores: equal scores cross the threshold together and make one point"
    " of the curve, not one point per sample"
)


def auc_cases() -> list[Case]:
    return [
        *[
            Case(f"AUC of {n} continuous scores", "correctness", "roc_auc", scored(s, n), seed=s)
            for s, n in zip(seeds(3, family=1), (12, 60, 301), strict=True)
        ],
        *[
            Case(
                f"AUC of {n} scores with only {d} distinct values",
                "edge cases",
                "roc_auc",
                scored(s, n, distinct=d),
                seed=s,
                note=TIES_NOTE,
            )
            for s, (n, d) in zip(seeds(3, family=2), ((40, 4), (90, 7), (25, 2)), strict=True)
        ],
        Case(
            "AUC when every score is equal",
            "edge cases",
            "roc_auc",
            (ints(1, 0, 0, 1, 0, 1, 0), np.full(7, 0.3)),
            note=TIES_NOTE,
        ),
        Case(
            "AUC of a perfect ranking",
            "edge cases",
            "roc_auc",
            (ints(0, 1, 0, 1, 1, 0), floats(-2.0, 3.0, 0.5, 1.5, 0.75, 0.1)),
        ),
        Case(
            "AUC of a reversed ranking",
            "edge cases",
            "roc_auc",
            (ints(1, 0, 1, 0, 0, 1), floats(-2.0, 3.0, 0.5, 1.5, 0.75, 0.1)),
        ),
        Case(
            "AUC with one positive among many negatives",
            "edge cases",
            "roc_auc",
            (ints(0, 0, 0, 0, 1, 0, 0, 0), floats(0.2, 0.9, 0.4, 0.6, 0.6, 0.1, 0.6, 0.8)),
            note=TIES_NOTE,
        ),
        Case(
            "AUC with only negatives",
            "edge cases",
            "roc_auc",
            (ints(0, 0, 0, 0), floats(0.3, 0.1, 0.8, 0.5)),
            note=ONE_CLASS_NOTE,
        ),
        Case(
            "AUC with only positives",
            "edge cases",
            "roc_auc",
            (ints(1, 1, 1), floats(0.3, 0.3, 0.8)),
            note=ONE_CLASS_NOTE,
        ),
        Case(
            "AUC of scores from 1e-300 to 1e300",
            "stability",
            "roc_auc",
            (ints(1, 0, 1, 0, 1, 0, 0, 1), floats(1e-300, 2e-300, 1e300, -1e300, -1e-300, 0.0, 1.5e300, 5.0)),
            note="only the order of the scores matters: rank them, never add or subtract them",
        ),
        Case(
            f"AUC of {PERF_N} scores",
            "performance",
            "roc_auc",
            scored(50, PERF_N, distinct=5000),
            seed=50,
            note="sorting-based code takes well under a second here; a loop (or an n×n matrix) over all"
            " positive-negative pairs is O(n²) and far too slow. Use ranks.",
            note_on=("slow", "error"),
            time_limit=PERF_BUDGET,
        ),
    ]


def curve_cases() -> list[Case]:
    return [
        *[
            Case(f"ROC curve of {n} continuous scores", "correctness", "roc_curve", scored(s, n), seed=s)
            for s, n in zip(seeds(3, family=3), (10, 45, 200), strict=True)
        ],
        *[
            Case(
                f"ROC curve of {n} scores with only {d} distinct values",
                "edge cases",
                "roc_curve",
                scored(s, n, distinct=d),
                seed=s,
                note=CURVE_TIES_NOTE,
                note_on=("shape",),
            )
            for s, (n, d) in zip(seeds(2, family=4), ((30, 5), (80, 9)), strict=True)
        ],
        Case(
            "ROC curve when every score is equal",
            "edge cases",
            "roc_curve",
            (ints(0, 1, 1, 0, 1), np.full(5, -0.25)),
            note=CURVE_TIES_NOTE,
            note_on=("shape",),
        ),
        Case(
            "ROC curve with only negatives",
            "edge cases",
            "roc_curve",
            (ints(0, 0, 0, 0), floats(0.3, 0.1, 0.8, 0.3)),
            note="with no positives the true positive rate is 0/0: tpr is all nan (fpr is still defined)",
            note_on=("tpr",),
        ),
        Case(
            "ROC curve with only positives",
            "edge cases",
            "roc_curve",
            (ints(1, 1, 1), floats(2.0, -1.0, 0.5)),
            note="with no negatives the false positive rate is 0/0: fpr is all nan (tpr is still defined)",
            note_on=("fpr",),
        ),
        Case(
            f"ROC curve of {PERF_N} scores",
            "performance",
            "roc_curve",
            scored(51, PERF_N),
            seed=51,
            note="sorting once and taking cumulative sums takes well under a second here; counting the"
            " samples above every threshold separately is O(n²). Sort by score and use np.cumsum.",
            note_on=("slow", "error"),
            time_limit=PERF_BUDGET,
        ),
    ]


def metric_cases() -> list[Case]:
    zero_note = "0/0 counts as 0.0 here (scikit-learn's zero_division=0), for precision, recall and F1 alike"
    return [
        *[
            Case(
                f"precision, recall, F1 on {n} predictions",
                "correctness",
                "precision_recall_f1",
                predictions(s, n),
                seed=s,
            )
            for s, n in zip(seeds(3, family=5), (10, 37, 500), strict=True)
        ],
        Case(
            "precision, recall, F1 with no predicted positives",
            "edge cases",
            "precision_recall_f1",
            (ints(1, 0, 1, 0, 0), ints(0, 0, 0, 0, 0)),
            note=zero_note,
        ),
        Case(
            "precision, recall, F1 with no actual positives",
            "edge cases",
            "precision_recall_f1",
            (ints(0, 0, 0, 0), ints(0, 1, 0, 1)),
            note=zero_note,
        ),
        Case(
            "precision, recall, F1 when everything is negative",
            "edge cases",
            "precision_recall_f1",
            (ints(0, 0, 0), ints(0, 0, 0)),
            note=zero_note,
        ),
        Case(
            "precision, recall, F1 of perfect predictions",
            "edge cases",
            "precision_recall_f1",
            (ints(1, 0, 1, 1, 0), ints(1, 0, 1, 1, 0)),
        ),
        Case(
            "precision, recall, F1 predicting every sample positive",
            "edge cases",
            "precision_recall_f1",
            (ints(1, 0, 0, 1, 0, 0, 0), np.ones(7, dtype=np.int64)),
        ),
    ]


def cases() -> list[Case]:
    # Performance cases go last: a run that overruns its budget stops there.
    found = [*auc_cases(), *curve_cases(), *metric_cases()]
    return [c for c in found if c.time_limit is None] + [c for c in found if c.time_limit is not None]
