"""Hidden tests for the debug training-loop drill. Each planted bug shows on its own cases only:
- symmetric data (every row x comes with −x and the opposite label) visited in order (seed=None): the bias
  gradient of every mini-batch is 0, so only w learns, over many steps — the accumulated gradient shows;
- one full-batch step from w = 0 with balanced labels: only the pairing of rows and labels matters — the
  two permutations show;
- all-zero features (only the bias learns, over shuffled mini-batches), or one unshuffled step with
  unbalanced labels — gradient ascent on the bias shows;
- fit_and_evaluate after one unshuffled full-batch step — evaluating on the training set shows."""

import numpy as np

from mlprep.author import Case, rng

SYMMETRIC_NOTE = (
    "each row x here comes with −x and the opposite label, and seed=None keeps the pairs together in every"
    " mini-batch: the bias gradient is 0, b stays 0 and only w learns — step by step, from each batch's own"
    " gradient"
)
ONE_STEP_NOTE = (
    "one full-batch step from w = 0 (p = 0.5 everywhere): w = −lr · Xᵀ(0.5 − y) / n, so it depends on every"
    " row meeting its own label after the shuffle"
)
ZERO_X_NOTE = (
    "all features are 0, so w stays 0 and only the bias learns, from the labels of each shuffled mini-batch"
    " (epoch e is ordered by np.random.default_rng(seed + e).permutation(n)); b descends: b −= lr · mean(p − y)"
)
VAL_NOTE = "the validation metrics are those of the trained model on X_val and y_val"


def symmetric(seed: int, pairs: int, d: int) -> tuple:
    """X (2·pairs, d) whose rows 2k and 2k + 1 are x_k and −x_k, with labels y_k and 1 − y_k."""
    g = rng(seed)
    x = g.normal(size=(pairs, d))
    y = (x @ g.normal(size=d) + 0.5 * g.normal(size=pairs) > 0).astype(np.int64)
    X = np.empty((2 * pairs, d))
    X[0::2], X[1::2] = x, -x
    labels = np.empty(2 * pairs, dtype=np.int64)
    labels[0::2], labels[1::2] = y, 1 - y
    return X, labels


def balanced(seed: int, n: int, d: int) -> tuple:
    """X (n, d) and labels with exactly n / 2 ones (n even), loosely following a linear rule."""
    g = rng(seed)
    X = g.normal(size=(n, d))
    score = X @ g.normal(size=d) + 0.5 * g.normal(size=n)
    y = np.zeros(n, dtype=np.int64)
    y[np.argsort(score)[n // 2 :]] = 1
    return X, y


def unbalanced(seed: int, n: int, d: int, ones: int) -> tuple:
    g = rng(seed)
    X = g.normal(size=(n, d))
    y = np.zeros(n, dtype=np.int64)
    y[g.permutation(n)[:ones]] = 1
    return X, y


def zero_features(seed: int, n: int, d: int) -> tuple:
    y = (rng(seed).random(n) < 0.6).astype(np.int64)
    return np.zeros((n, d)), y


def train_case(name: str, group: str, data: tuple, lr: float, epochs: int, batch_size: int, seed, note: str, s: int):
    X, y = data
    return Case(name, group, "train", (X, y, lr, epochs, batch_size, seed), seed=s, note=note)


def cases() -> list[Case]:
    found = [
        train_case(
            "train, symmetric data in order, 3 epochs of batches of 4 (n = 10)",
            "correctness",
            symmetric(1, 5, 3),
            0.5,
            3,
            4,
            None,
            SYMMETRIC_NOTE,
            1,
        ),
        train_case(
            "train, symmetric data in order, 2 epochs of batches of 2",
            "correctness",
            symmetric(2, 8, 2),
            0.2,
            2,
            2,
            None,
            SYMMETRIC_NOTE,
            2,
        ),
        train_case(
            "train, symmetric data in order, 4 full-batch epochs",
            "correctness",
            symmetric(3, 6, 4),
            0.3,
            4,
            12,
            None,
            SYMMETRIC_NOTE,
            3,
        ),
        train_case(
            "train, symmetric data with n = d = 4 (a transpose still runs)",
            "shapes",
            symmetric(4, 2, 4),
            0.4,
            3,
            2,
            None,
            SYMMETRIC_NOTE,
            4,
        ),
        train_case(
            "train, one full-batch step with seed=3",
            "correctness",
            balanced(5, 10, 3),
            0.5,
            1,
            10,
            3,
            ONE_STEP_NOTE,
            5,
        ),
        train_case(
            "train, one step with batch_size > n and seed=0",
            "edge cases",
            balanced(6, 8, 2),
            1.0,
            1,
            16,
            0,
            ONE_STEP_NOTE,
            6,
        ),
        train_case(
            "train, one full-batch step with seed=11 (n = 12)",
            "correctness",
            balanced(7, 12, 3),
            0.25,
            1,
            12,
            11,
            ONE_STEP_NOTE,
            7,
        ),
        train_case(
            "train, all-zero features, 3 shuffled epochs of batches of 4 (n = 10)",
            "correctness",
            zero_features(8, 10, 2),
            0.5,
            3,
            4,
            7,
            ZERO_X_NOTE,
            8,
        ),
        train_case(
            "train, all-zero features, 4 shuffled epochs of batches of 2 (n = 9)",
            "edge cases",
            zero_features(9, 9, 3),
            0.3,
            4,
            2,
            21,
            ZERO_X_NOTE,
            9,
        ),
        train_case(
            "train, one unshuffled full-batch step with 3 positives out of 10",
            "correctness",
            unbalanced(10, 10, 3, 3),
            0.5,
            1,
            10,
            None,
            "one step from w = 0, b = 0 (p = 0.5 everywhere): b = −lr · mean(0.5 − y) = −lr · (0.5 − 0.3) here",
            10,
        ),
    ]
    g = rng(20)
    w, b = g.normal(size=4), 0.3
    found += [
        Case(
            "evaluate on 25 random rows",
            "correctness",
            "evaluate",
            (w, b, g.normal(size=(25, 4)) * 2, g.integers(0, 2, size=25).astype(np.int64)),
            seed=20,
        ),
        Case(
            "evaluate on one row",
            "edge cases",
            "evaluate",
            (w, -1.5, g.normal(size=(1, 4)), np.array([1], dtype=np.int64)),
            seed=20,
        ),
        Case(
            "evaluate at w = 0, b = 0 (every logit exactly 0)",
            "edge cases",
            "evaluate",
            (np.zeros(3), 0.0, g.normal(size=(9, 3)), np.array([0, 1, 1, 0, 0, 0, 1, 0, 0], dtype=np.int64)),
            note="a logit of exactly 0 (probability 0.5) is predicted as class 1: the rule is X @ w + b ≥ 0",
            note_on=("accuracy",),
        ),
        Case(
            "evaluate with logits up to ±1000",
            "stability",
            "evaluate",
            (
                np.array([400.0, -300.0]),
                0.0,
                np.array([[1.0, 0.0], [0.0, 1.0], [2.5, 0.0], [-1.0, 1.0], [0.01, 0.0]]),
                np.array([0, 1, 1, 0, 1], dtype=np.int64),
            ),
            note="the loss of a row is log(1 + e^z) − y·z = np.logaddexp(0, z) − y·z: finite where p rounds to 0 or 1",
            no_warnings=True,
            note_on=("loss", "nonfinite", "warning"),
        ),
    ]
    X_train, y_train = balanced(30, 12, 3)
    X_other, y_other = balanced(31, 10, 3)
    X_val, y_val = unbalanced(32, 7, 3, 4)
    X_sym, y_sym = symmetric(33, 6, 3)
    found += [
        Case(
            "fit_and_evaluate, one unshuffled full-batch step, 7 validation rows",
            "correctness",
            "fit_and_evaluate",
            (X_train, y_train, X_val, y_val, 1.0, 1, 12, None),
            seed=30,
            note=VAL_NOTE,
            note_on=("val_loss", "val_accuracy"),
        ),
        Case(
            "fit_and_evaluate, one unshuffled step, validation set as large as the training set",
            "correctness",
            "fit_and_evaluate",
            (X_other, y_other, *balanced(34, 10, 3), 0.7, 1, 20, None),
            seed=31,
            note=VAL_NOTE,
            note_on=("val_loss", "val_accuracy"),
        ),
        Case(
            "fit_and_evaluate, symmetric data in order for 3 epochs, validated on the training set itself",
            "edge cases",
            "fit_and_evaluate",
            (X_sym, y_sym, X_sym, y_sym, 0.5, 3, 4, None),
            seed=33,
            note=SYMMETRIC_NOTE,
            note_on=("w",),
        ),
    ]
    return found
