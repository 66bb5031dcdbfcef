"""Hidden tests for the bagging drill: the exact generator calls for bootstrap samples and feature subsets,
out-of-bag masks, bagged stumps (pure bagging and random feature subsets, labels {2, 5, 9}, duplicate and
constant features), vote ties, points at thresholds, and out-of-bag scores with samples never out of bag."""

import numpy as np

from mlprep.author import Case, classification, rng, seeds


def model(seed: int, n_estimators: int, d: int, n: int, labels: list[int]) -> tuple:
    """A random bagged-stump model (features, thresholds, left_labels, right_labels) and points X (n, d)."""
    g = rng(seed)
    lab = np.array(labels, dtype=np.int64)
    features = g.integers(0, d, n_estimators).astype(np.int64)
    thresholds = g.normal(size=n_estimators) * 0.7
    left = lab[g.integers(0, len(lab), n_estimators)]
    right = lab[g.integers(0, len(lab), n_estimators)]
    return features, thresholds, left, right, g.normal(size=(n, d))


def scored_model(seed: int, n_estimators: int, d: int, n: int, labels: list[int], keep: float = 0.37) -> tuple:
    """A random model, an out-of-bag mask (about `keep` of the entries True), points X and labels y."""
    features, thresholds, left, right, X = model(seed, n_estimators, d, n, labels)
    g = rng(seed + 1)
    mask = g.random((n_estimators, n)) < keep
    y = np.array(labels, dtype=np.int64)[g.integers(0, len(labels), n)]
    return features, thresholds, left, right, mask, X, y


def never_out_of_bag(seed: int) -> tuple:
    """Samples 0, 3 and 4 are in every bootstrap sample (never out of bag): they take no part in the score."""
    features, thresholds, left, right, mask, X, y = scored_model(seed, 6, 3, 10, [0, 1, 2], keep=0.5)
    mask = mask.copy()
    mask[:, [0, 3, 4]] = False
    return features, thresholds, left, right, mask, X, y


def oob_vote_ties() -> tuple:
    """Three out-of-bag stumps voting 2, 5 and 9 on the first points: the tie goes to the smallest label."""
    features = np.array([0, 0, 1], dtype=np.int64)
    thresholds = np.array([0.0, 0.0, 0.0])
    left = np.array([2, 5, 9], dtype=np.int64)
    right = np.array([5, 2, 9], dtype=np.int64)
    X = np.array([[-1.0, 1.0], [1.0, 1.0], [-0.5, 2.0], [0.5, -1.0]])
    mask = np.array([[True, True, True, False], [True, True, True, False], [False, False, False, True]])
    y = np.array([2, 5, 2, 9], dtype=np.int64)
    return features, thresholds, left, right, mask, X, y


def nothing_out_of_bag(seed: int) -> tuple:
    """A mask with no True entry: no sample has an out-of-bag estimator."""
    features, thresholds, left, right, mask, X, y = scored_model(seed, 3, 2, 5, [0, 1])
    return features, thresholds, left, right, np.zeros_like(mask), X, y


def with_duplicates(seed: int) -> tuple:
    """Feature 2 copies feature 0, the informative one (the same splits, the same errors): the lower feature
    index must win, whatever order the subset was drawn in."""
    g = rng(seed)
    X = g.normal(size=(30, 2))
    y = (X[:, 0] + 0.3 * g.normal(size=30) > 0).astype(np.int64)
    return np.column_stack([X[:, 0], X[:, 1], X[:, 0]]), y


def with_constant(seed: int) -> tuple:
    """Feature 1 is constant: a stump whose subset is only feature 1 has no candidate split."""
    X, y = classification(seed, 20, 3, classes=3, labels=[2, 5, 9])
    X = X.copy()
    X[:, 1] = 0.5
    return X, y


def vote_ties() -> tuple:
    """Four stumps that split their votes 2–2 on some points (the first vote sometimes the larger label):
    a tie goes to the smallest label."""
    features = np.array([0, 1, 0, 1], dtype=np.int64)
    thresholds = np.array([0.0, 0.0, 1.0, -1.0])
    left = np.array([9, 2, 9, 5], dtype=np.int64)
    right = np.array([2, 9, 5, 2], dtype=np.int64)
    X = np.array([[-1.0, 1.0], [2.0, -2.0], [0.5, 0.5], [-2.0, -2.0], [0.5, -0.5], [-1.0, -0.5]])
    return features, thresholds, left, right, X


def on_thresholds(seed: int) -> tuple:
    features, thresholds, left, right, X = model(seed, 3, 2, 6, [0, 1, 4])
    X = X.copy()
    for i in range(len(X)):
        X[i, features[i % 3]] = thresholds[i % 3]
    return features, thresholds, left, right, X


def full_bag() -> np.ndarray:
    """Rows that are permutations of 0..5 (no sample out of bag) and rows full of repeats."""
    return np.array([[3, 1, 0, 5, 4, 2], [0, 0, 0, 0, 0, 0], [5, 5, 1, 1, 3, 3]], dtype=np.int64)


RNG_NOTE = (
    "one generator g = np.random.default_rng(rng): first the bootstrap indices g.integers(0, n, size=(n_estimators,"
    " n)), then for each estimator in order np.sort(g.permutation(d)[:max_features])"
)


def cases() -> list[Case]:
    return [
        *[
            Case(
                f"bootstrap_indices(n={n}, n_estimators={e}, rng={s})",
                "correctness",
                "bootstrap_indices",
                (n, e, s),
                note="the bootstrap is np.random.default_rng(rng).integers(0, n, size=(n_estimators, n))",
            )
            for n, e, s in ((10, 5, 0), (7, 1, 123), (30, 4, 2024))
        ],
        Case("bootstrap_indices with n = 1", "edge cases", "bootstrap_indices", (1, 3, 5)),
        *[
            Case(
                f"oob_mask of {e} bootstrap samples of {n}",
                "correctness",
                "oob_mask",
                (rng(s).integers(0, n, size=(e, n)), n),
                seed=s,
            )
            for s, (n, e) in zip(seeds(2, family=1), ((8, 4), (25, 6)), strict=True)
        ],
        Case("oob_mask with rows that leave nothing out", "edge cases", "oob_mask", (full_bag(), 6)),
        Case("oob_mask with one estimator", "shapes", "oob_mask", (np.array([[2, 2, 0, 4, 2]], dtype=np.int64), 5)),
        *[
            Case(
                f"fit {e} stumps, max_features={k} of {d}, labels {labels}",
                "correctness",
                "fit",
                (*classification(s, n, d, classes=len(labels), labels=labels), e, k, s),
                seed=s,
                note=RNG_NOTE,
                note_on=("features",),
            )
            for s, (n, d, labels, e, k) in zip(
                seeds(3, family=2),
                ((30, 4, [0, 1], 6, 2), (40, 5, [2, 5, 9], 8, 3), (16, 3, [0, 1, 2], 5, 1)),
                strict=True,
            )
        ],
        Case(
            "fit with max_features = d (plain bagging)",
            "edge cases",
            "fit",
            (*classification(7, 25, 3, classes=2, labels=[1, 4]), 5, 3, 7),
            seed=7,
        ),
        Case("fit one stump", "shapes", "fit", (*classification(8, 12, 2), 1, 2, 8), seed=8),
        Case(
            "fit with duplicate features",
            "edge cases",
            "fit",
            (*with_duplicates(9), 8, 2, 9),
            seed=9,
            note="ties go to the lowest feature index: sort each subset, then keep the first best split",
            note_on=("features",),
        ),
        Case(
            "fit with a constant feature and max_features=1",
            "edge cases",
            "fit",
            (*with_constant(10), 9, 1, 10),
            seed=10,
            note="a stump with no candidate split is constant: feature = its subset's first feature, threshold = inf,"
            " both labels = the bootstrap sample's majority label",
        ),
        *[
            Case(
                f"predict with {e} random stumps, labels {labels}",
                "correctness",
                "predict",
                model(s, e, d, n, labels),
                seed=s,
            )
            for s, (e, d, n, labels) in zip(
                seeds(3, family=3), ((5, 3, 12, [0, 1, 2]), (9, 4, 20, [2, 5, 9]), (4, 2, 10, [0, 1])), strict=True
            )
        ],
        Case(
            "predict with vote ties",
            "edge cases",
            "predict",
            vote_ties(),
            note="a tie in the vote goes to the smallest label",
        ),
        Case(
            "predict on points exactly at the thresholds",
            "edge cases",
            "predict",
            on_thresholds(11),
            seed=11,
            note="x <= threshold goes left",
        ),
        *[
            Case(
                f"oob_score of {e} stumps on {n} points",
                "correctness",
                "oob_score",
                scored_model(s, e, d, n, labels),
                seed=s,
            )
            for s, (e, d, n, labels) in zip(
                seeds(3, family=4), ((7, 3, 15, [0, 1, 2]), (12, 4, 30, [2, 5, 9]), (4, 2, 10, [0, 1])), strict=True
            )
        ],
        Case(
            "oob_score with samples that are never out of bag",
            "edge cases",
            "oob_score",
            never_out_of_bag(12),
            seed=12,
            note="a sample with no out-of-bag estimator is left out of the score (neither right nor wrong)",
        ),
        Case(
            "oob_score with vote ties",
            "edge cases",
            "oob_score",
            oob_vote_ties(),
            note="a tie in the out-of-bag vote goes to the smallest label",
        ),
        Case(
            "oob_score when nothing is out of bag",
            "edge cases",
            "oob_score",
            nothing_out_of_bag(13),
            seed=13,
            note="with no out-of-bag prediction at all the score is undefined: return nan",
        ),
    ]
