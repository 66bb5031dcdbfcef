"""Hidden tests for the naive_bayes drill: seeded random training sets and random models, named edge cases
(single-sample classes, constant features, var_smoothing, tied classes, labels {2, 5, 9}) and stability
cases far from every class, where the densities underflow."""

import numpy as np

from mlprep.author import Case, rng, seeds


def labelled(seed: int, n: int, d: int, labels: list[int], spread: float = 1.5) -> tuple:
    """X (n, d) float64 with a different mean per class, and int64 labels y (n,) with every class present,
    in shuffled order."""
    g = rng(seed)
    codes = g.integers(0, len(labels), n)
    codes[: len(labels)] = np.arange(len(labels))
    y = np.array(labels, dtype=np.int64)[g.permutation(codes)]
    centres = {label: g.normal(size=d) * spread for label in labels}
    scales = g.uniform(0.5, 2.0, size=d)
    X = np.stack([centres[label] for label in y.tolist()]) + g.normal(size=(n, d)) * scales
    return X, y


def model(seed: int, n: int, d: int, labels: list[int], test_scale: float = 1.5) -> tuple:
    """A random fitted model (classes, priors, means, variances) and test points X (n, d)."""
    g = rng(seed)
    c = len(labels)
    classes = np.array(sorted(labels), dtype=np.int64)
    priors = g.dirichlet(np.full(c, 2.0))
    means = g.normal(size=(c, d)) * 1.5
    variances = np.exp(g.normal(size=(c, d)) * 0.6)
    return classes, priors, means, variances, g.normal(size=(n, d)) * test_scale


def far_model(seed: int, n: int = 6, d: int = 3) -> tuple:
    """A model whose first class has the narrowest variances, and test points 1000 units away: every joint
    log-likelihood is around −10⁵ or below, so exp() of it is exactly 0."""
    classes, priors, means, variances, _ = model(seed, n, d, [1, 4, 6])
    variances = variances * np.array([[0.2], [1.0], [3.0]])
    g = rng(seed + 1)
    direction = g.normal(size=(n, d))
    X = 1000.0 * direction / np.linalg.norm(direction, axis=1, keepdims=True)
    return classes, priors, means, variances, X


def tiny_variance_model(seed: int) -> tuple:
    """A model where one class has a feature with variance 1e-12 (a feature constant within the class,
    smoothed by a tiny epsilon): its log-likelihood is around −10¹² away from that value."""
    classes, priors, means, variances, X = model(seed, 8, 4, [0, 1, 2])
    variances = variances.copy()
    variances[1, 2] = 1e-12
    X = X.copy()
    X[:3, 2] = means[1, 2]  # three points sit exactly on the narrow class's value
    X[:3, :] = means[1] + 1e-3 * X[:3, :] * np.array([1, 1, 0, 1])
    return classes, priors, means, variances, X


def tied_model() -> tuple:
    """Classes 3 and 7 have identical priors, means and variances, so their posteriors are exactly equal."""
    classes = np.array([3, 7, 8], dtype=np.int64)
    priors = np.array([0.4, 0.4, 0.2])
    means = np.array([[0.0, 1.0], [0.0, 1.0], [5.0, -5.0]])
    variances = np.array([[1.0, 2.0], [1.0, 2.0], [1.0, 1.0]])
    X = np.array([[0.0, 0.0], [1.0, 2.0], [-1.0, 0.5], [5.0, -5.0], [3.0, -2.0]])
    return classes, priors, means, variances, X


def single_sample_class(seed: int) -> tuple:
    """Class 9 has a single sample: its variance is 0 before smoothing."""
    X, y = labelled(seed, 11, 3, [2, 5])
    g = rng(seed + 1)
    return np.concatenate([X, g.normal(size=(1, 3)) * 2.0]), np.concatenate([y, [9]])


def constant_in_class(seed: int) -> tuple:
    """Feature 1 is constant within class 0 (and varies elsewhere); feature 2 is constant in all of X."""
    X, y = labelled(seed, 20, 4, [0, 1, 2])
    X = X.copy()
    X[y == 0, 1] = 0.7
    X[:, 2] = -1.25
    return X, y


def scaled_features(seed: int) -> tuple:
    """Features on very different scales (×0.01 … ×100), so epsilon from the largest variance is far from
    a per-feature epsilon."""
    X, y = labelled(seed, 24, 3, [0, 1, 2])
    return X * np.array([0.01, 1.0, 100.0]), y


EPSILON_NOTE = (
    "ε = var_smoothing · (the largest per-feature variance of all of X), one number added to every"
    " variance of every class"
)
LABEL_NOTE = "return the class labels themselves (classes[k]), not their positions k"


def fit_cases() -> list[Case]:
    return [
        *[
            Case(
                f"fit on {n} samples, {d} features, classes {labels}",
                "correctness",
                "fit",
                labelled(s, n, d, labels),
                seed=s,
            )
            for s, (n, d, labels) in zip(
                seeds(3, family=1), ((30, 4, [0, 1, 2]), (45, 3, [2, 5, 9]), (16, 6, [0, 1])), strict=True
            )
        ],
        Case("fit with one feature", "shapes", "fit", labelled(4, 15, 1, [1, 3, 4]), seed=4),
        Case(
            "fit with a class of a single sample",
            "edge cases",
            "fit",
            single_sample_class(5),
            seed=5,
            note="a class's variance is the biased one (divide by the class count, ddof=0), plus ε",
        ),
        Case(
            "fit with features constant within a class and in all of X",
            "edge cases",
            "fit",
            constant_in_class(6),
            seed=6,
            note=EPSILON_NOTE,
        ),
        Case(
            "fit with var_smoothing=0.5 and features on different scales",
            "edge cases",
            "fit",
            scaled_features(7),
            {"var_smoothing": 0.5},
            seed=7,
            note=EPSILON_NOTE,
        ),
        Case(
            "fit with var_smoothing=0", "edge cases", "fit", labelled(8, 20, 2, [0, 1]), {"var_smoothing": 0.0}, seed=8
        ),
        Case(
            "fit with unbalanced classes",
            "correctness",
            "fit",
            unbalanced(9),
            seed=9,
            note="the priors are the class frequencies: count of class c / n",
            note_on=("priors",),
        ),
    ]


def unbalanced(seed: int) -> tuple:
    X, y = labelled(seed, 30, 3, [0, 4])
    y = y.copy()
    y[:20] = 4
    return X, y


def predict_cases() -> list[Case]:
    far_note = (
        "far from every class the densities underflow: exp(−10⁵) is 0. Stay in logs — sum log-densities,"
        " normalise with logsumexp (subtract the row maximum before exp), take argmax of the log values"
    )
    found = []
    for func, family in (("predict_joint_log_proba", 2), ("predict_log_proba", 3), ("predict", 4)):
        found += [
            Case(
                f"{func} on a random model, classes {labels}, {n}×{d}",
                "correctness",
                func,
                model(s, n, d, labels),
                seed=s,
                note=LABEL_NOTE if func == "predict" else "",
            )
            for s, (n, d, labels) in zip(
                seeds(3, family=family),
                ((10, 3, [0, 1, 2]), (25, 5, [2, 5, 9]), (12, 2, [0, 1])),
                strict=True,
            )
        ]
        found += [
            Case(f"{func} with one test point", "shapes", func, model(family * 10, 1, 4, [1, 2, 6]), seed=family * 10),
            Case(
                f"{func} 1000 units from every class",
                "stability",
                func,
                far_model(family * 10 + 1),
                seed=family * 10 + 1,
                note=far_note,
                no_warnings=True,
            ),
            Case(
                f"{func} with a variance of 1e-12",
                "stability",
                func,
                tiny_variance_model(family * 10 + 2),
                seed=family * 10 + 2,
                note=far_note,
                no_warnings=True,
            ),
        ]
    found.append(
        Case(
            "predict with two classes exactly tied",
            "edge cases",
            "predict",
            tied_model(),
            note="a tie goes to the smallest class label (np.argmax returns the first maximum)",
        )
    )
    found.append(
        Case("predict_log_proba with two classes exactly tied", "edge cases", "predict_log_proba", tied_model())
    )
    return found


def cases() -> list[Case]:
    return [*fit_cases(), *predict_cases()]
