"""Hidden tests for the decision_tree drill: impurities of seeded and hand-made label sets, the best CART
split on features with repeated values and ties, trees grown to several depths, and predictions that land
exactly on thresholds."""

import numpy as np

from mlprep.author import Case, rng, seeds

ROUNDING_TIE_NOTE = (
    "0.5 and 2.5 give the same gain, but rounding can make the later one larger in the last digit: gains"
    " within 1e-12 of the best count as tied (replace the best only when gain > best + 1e-12)"
)


def labels(seed: int, n: int, values: list[int], weights: list[float] | None = None) -> np.ndarray:
    g = rng(seed)
    return np.asarray(values, dtype=np.int64)[g.choice(len(values), size=n, p=weights)]


def grid_data(seed: int, n: int, d: int, levels: int, classes: list[int], noise: float = 0.3) -> tuple:
    """Integer-valued features in 0..levels−1 (so values repeat and midpoints are exact) and labels from a
    noisy rule on the first features."""
    g = rng(seed)
    X = g.integers(0, levels, size=(n, d)).astype(np.float64)
    score = X[:, 0] - 0.7 * X[:, min(1, d - 1)] + noise * levels * g.normal(size=n)
    edges = np.quantile(score, np.linspace(0, 1, len(classes) + 1)[1:-1])
    return X, np.asarray(classes, dtype=np.int64)[np.searchsorted(edges, score)]


def continuous_data(seed: int, n: int, d: int, classes: int = 2) -> tuple:
    g = rng(seed)
    X = g.normal(size=(n, d)) * 3.0
    y = (X @ g.normal(size=(d, classes)) + g.normal(size=(n, classes))).argmax(axis=1).astype(np.int64)
    return X, y


def xor() -> tuple:
    """Four XOR points (every single split has gain 0) and their labels."""
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    return np.repeat(X, 2, axis=0), np.array([0, 0, 1, 1, 1, 1, 0, 0], dtype=np.int64)


def random_tree(seed: int, d: int, depth: int, values: list[int]) -> tuple:
    """A random tree in the prompt's array format (preorder, -1 / nan for leaves), integer-valued
    thresholds + 0.5."""
    g = rng(seed)
    feature, threshold, left, right, value = [], [], [], [], []

    def grow(level: int) -> int:
        node = len(feature)
        feature.append(-1)
        threshold.append(np.nan)
        left.append(-1)
        right.append(-1)
        value.append(int(g.choice(values)))
        if level < depth and (level == 0 or g.random() < 0.75):
            feature[node] = int(g.integers(d))
            threshold[node] = float(g.integers(0, 5)) + 0.5
            left[node] = grow(level + 1)
            right[node] = grow(level + 1)
        return node

    grow(0)
    return (
        np.array(feature, dtype=np.int64),
        np.array(threshold),
        np.array(left, dtype=np.int64),
        np.array(right, dtype=np.int64),
        np.array(value, dtype=np.int64),
    )


def on_thresholds(seed: int, tree: tuple, n: int, d: int) -> np.ndarray:
    """Points with integer and half-integer coordinates, so many land exactly on a threshold."""
    return rng(seed).integers(0, 11, size=(n, d)) / 2.0


def impurity_cases() -> list[Case]:
    found = []
    for func in ("gini", "entropy"):
        found += [
            Case(f"{func} of random binary labels", "correctness", func, (labels(1, 30, [0, 1], [0.3, 0.7]),), seed=1),
            Case(f"{func} of random labels in 4 classes", "correctness", func, (labels(2, 50, [0, 1, 2, 3]),), seed=2),
            Case(
                f"{func} of labels {{2, 5, 9}}",
                "correctness",
                func,
                (labels(3, 25, [2, 5, 9], [0.5, 0.3, 0.2]),),
                seed=3,
                note="only the classes that occur count; a class with no samples contributes 0 (0·log 0 = 0)",
            ),
            Case(f"{func} of pure labels", "edge cases", func, (np.full(6, 4, dtype=np.int64),)),
            Case(f"{func} of a single label", "edge cases", func, (np.array([7], dtype=np.int64),)),
            Case(f"{func} of 4 equally frequent classes", "edge cases", func, (np.repeat(np.arange(4), 3),)),
        ]
    found[-1] = Case(
        "entropy of 4 equally frequent classes",
        "edge cases",
        "entropy",
        (np.repeat(np.arange(4), 3),),
        note="entropy in bits (log base 2): four equally likely classes have entropy exactly 2",
    )
    return found


def split_cases() -> list[Case]:
    random = [
        Case(
            f"best split ({criterion}) of {n} samples, {d} features with repeated values",
            "correctness",
            "best_split",
            (*grid_data(s, n, d, levels, classes), criterion),
            seed=s,
        )
        for s, (n, d, levels, classes, criterion) in zip(
            seeds(4, family=4),
            (
                (30, 3, 5, [0, 1], "gini"),
                (40, 4, 6, [0, 1, 2], "entropy"),
                (25, 2, 4, [2, 5, 9], "gini"),
                (60, 5, 8, [0, 1, 2, 3], "entropy"),
            ),
            strict=True,
        )
    ]
    Xc, yc = continuous_data(40, 30, 3, classes=3)
    Xd, yd = grid_data(41, 24, 2, 5, [0, 1])
    duplicated = np.column_stack([Xd[:, 0], Xd[:, 1], Xd[:, 0]])
    X_const, y_const = grid_data(42, 20, 3, 5, [0, 1])
    X_const[:, 0] = 2.0
    gini_vs_entropy = (  # gini splits at 1.5, entropy at 5.5, each by a clear margin
        np.arange(7, dtype=np.float64)[:, None],
        np.array([2, 2, 1, 1, 1, 2, 0], dtype=np.int64),
    )
    return [
        *random,
        Case("best split (gini) of continuous features", "correctness", "best_split", (Xc, yc, "gini"), seed=40),
        Case("best split (entropy) of continuous features", "correctness", "best_split", (Xc, yc, "entropy"), seed=40),
        Case(
            "best split where gini and entropy disagree (gini)",
            "correctness",
            "best_split",
            (*gini_vs_entropy, "gini"),
        ),
        Case(
            "best split where gini and entropy disagree (entropy)",
            "correctness",
            "best_split",
            (*gini_vs_entropy, "entropy"),
            note="criterion='entropy' scores the children with entropy, not gini",
        ),
        Case(
            "best split with two identical features",
            "edge cases",
            "best_split",
            (duplicated, yd, "gini"),
            seed=41,
            note="features 0 and 2 are equal and give the same gain: a tie goes to the lowest feature index",
        ),
        Case(
            "best split with two thresholds of equal gain",
            "edge cases",
            "best_split",
            (np.array([[1.0], [2.0], [3.0]]), np.array([0, 1, 0], dtype=np.int64), "gini"),
            note="1.5 and 2.5 give the same gain: a tie goes to the lowest threshold",
        ),
        Case(
            "best split with equal gains that rounding tells apart (one feature)",
            "edge cases",
            "best_split",
            (
                np.array([[2.0], [1.0], [3.0], [1.0], [2.0], [2.0], [4.0], [3.0], [0.0], [3.0], [3.0]]),
                np.array([0, 0, 0, 0, 1, 1, 0, 2, 1, 0, 0], dtype=np.int64),
                "gini",
            ),
            note=ROUNDING_TIE_NOTE,
        ),
        Case(
            "best split with equal gains that rounding tells apart (two features)",
            "edge cases",
            "best_split",
            (
                np.array(
                    [[3, 2], [2, 2], [4, 3], [1, 4], [4, 1], [2, 4], [0, 4], [4, 4], [1, 3], [3, 0]], dtype=np.float64
                ),
                np.array([0, 1, 0, 1, 1, 0, 1, 0, 0, 0], dtype=np.int64),
                "gini",
            ),
            note=ROUNDING_TIE_NOTE,
        ),
        Case(
            "best split with a constant feature",
            "edge cases",
            "best_split",
            (X_const, y_const, "entropy"),
            seed=42,
            note="a feature with one distinct value has no candidate threshold",
        ),
        Case(
            "best split when every feature is constant",
            "edge cases",
            "best_split",
            (np.full((5, 2), 3.0), np.array([0, 1, 1, 0, 1], dtype=np.int64), "gini"),
            note="no feature has two distinct values, so there is no valid split: return (-1, nan, 0.0)",
        ),
        Case(
            "best split of one sample",
            "edge cases",
            "best_split",
            (np.array([[1.0, 2.0]]), np.array([1], dtype=np.int64), "gini"),
            note="one sample cannot be split: return (-1, nan, 0.0)",
        ),
        Case(
            "best split of pure labels (every gain is 0)",
            "edge cases",
            "best_split",
            (np.array([[3.0, 1.0], [1.0, 2.0], [2.0, 2.0]]), np.array([4, 4, 4], dtype=np.int64), "gini"),
            note="a split is valid whenever a feature has two distinct values, even with gain 0: every gain ties"
            " at 0 here, so the lowest feature and its lowest threshold win",
        ),
        Case("best split of XOR (every gain is 0)", "edge cases", "best_split", (*xor(), "entropy")),
        Case(
            "best split threshold between repeated values",
            "edge cases",
            "best_split",
            (np.array([[1.0], [1.0], [1.0], [4.0], [4.0], [6.0]]), np.array([0, 0, 0, 1, 1, 1]), "gini"),
            note="thresholds are midpoints between consecutive distinct values: (1 + 4) / 2 = 2.5",
        ),
        Case(
            "best split with negative feature values",
            "correctness",
            "best_split",
            (grid_data(43, 20, 2, 6, [0, 1])[0] - 3.0, grid_data(43, 20, 2, 6, [0, 1])[1], "gini"),
            seed=43,
        ),
    ]


def tree_cases() -> list[Case]:
    random = [
        Case(
            f"tree of depth ≤ {depth} ({criterion}) on {n} samples",
            "correctness",
            "fit_tree",
            (*grid_data(s, n, d, levels, classes), depth),
            {"criterion": criterion},
            seed=s,
        )
        for s, (n, d, levels, classes, depth, criterion) in zip(
            seeds(4, family=5),
            (
                (40, 3, 5, [0, 1], 2, "gini"),
                (60, 3, 6, [0, 1, 2], 3, "entropy"),
                (50, 4, 5, [2, 5, 9], 4, "gini"),
                (80, 2, 8, [0, 1, 2, 3], 6, "entropy"),
            ),
            strict=True,
        )
    ]
    Xc, yc = continuous_data(50, 40, 3)
    X_tie = np.array([[0.0], [0.0], [1.0], [1.0], [1.0], [1.0], [2.0], [2.0]])
    y_tie = np.array([5, 2, 2, 5, 5, 2, 9, 2], dtype=np.int64)
    return [
        *random,
        Case("tree with the default criterion (gini)", "correctness", "fit_tree", (Xc, yc, 3), seed=50),
        Case(
            "tree with max_depth=0 (a single leaf)",
            "edge cases",
            "fit_tree",
            (*grid_data(51, 15, 2, 4, [3, 7]), 0),
            seed=51,
            note="max_depth=0 allows no split: the root is a leaf holding the majority label",
        ),
        Case(
            "tree on pure labels (a single leaf)",
            "edge cases",
            "fit_tree",
            (grid_data(52, 12, 2, 4, [0, 1])[0], np.full(12, 6, dtype=np.int64), 5),
            seed=52,
            note="a node whose labels are all equal is a leaf, whatever max_depth allows",
        ),
        Case(
            "tree on XOR (a split of gain 0 is still made)",
            "edge cases",
            "fit_tree",
            (*xor(), 2),
            note="XOR's root split has gain 0, but it is a valid split and max_depth allows it: split anyway,"
            " then each child splits into pure leaves",
            note_on=("shape", "feature", "threshold", "left", "right"),
        ),
        Case(
            "tree on constant features (no valid split)",
            "edge cases",
            "fit_tree",
            (np.full((6, 2), 1.0), np.array([1, 0, 1, 0, 2, 2], dtype=np.int64), 3),
            note="no feature can be split, so the root is a leaf; its label is the majority, the smallest on a tie",
        ),
        Case(
            "tree with majority ties at the leaves, labels {2, 5, 9}",
            "edge cases",
            "fit_tree",
            (X_tie, y_tie, 1),
            note="a leaf's value is its majority label, and a tie goes to the smallest label",
        ),
        Case(
            "tree on duplicate points with different labels",
            "edge cases",
            "fit_tree",
            (
                np.repeat(np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]]), 3, axis=0),
                np.array([0, 0, 1, 1, 1, 0, 2, 2, 2], dtype=np.int64),
                4,
            ),
        ),
    ]


def predict_cases() -> list[Case]:
    found = []
    for s, (d, depth, values) in zip(
        (604, 603, 606), ((2, 2, [0, 1]), (3, 3, [0, 1, 2]), (4, 4, [2, 5, 9])), strict=True
    ):
        tree = random_tree(s, d, depth, values)
        found.append(
            Case(
                f"predict with a random tree of depth ≤ {depth}, points on the thresholds",
                "correctness",
                "predict_tree",
                (*tree, on_thresholds(s, tree, 40, d)),
                seed=s,
                note="a sample goes left when x[feature] <= threshold, so a value equal to the threshold goes left",
            )
        )
    stump = (
        np.array([0, -1, -1], dtype=np.int64),
        np.array([2.5, np.nan, np.nan]),
        np.array([1, -1, -1], dtype=np.int64),
        np.array([2, -1, -1], dtype=np.int64),
        np.array([5, 9, 2], dtype=np.int64),
    )
    leaf = tuple(
        np.array([v], dtype=t)
        for v, t in ((-1, np.int64), (np.nan, np.float64), (-1, np.int64), (-1, np.int64), (3, np.int64))
    )
    return [
        *found,
        Case(
            "predict with a stump, values equal to the threshold",
            "edge cases",
            "predict_tree",
            (*stump, np.array([[2.5], [2.0], [3.0], [2.5], [-1.0]])),
            note="x <= threshold goes left: 2.5 <= 2.5, so those samples take the left leaf's value",
        ),
        Case(
            "predict with a single-leaf tree",
            "edge cases",
            "predict_tree",
            (*leaf, np.array([[1.0, 2.0], [3.0, 4.0]])),
        ),
    ]


def cases() -> list[Case]:
    return [*impurity_cases(), *split_cases(), *tree_cases(), *predict_cases()]
