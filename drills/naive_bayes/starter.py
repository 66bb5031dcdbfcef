"""Gaussian naive Bayes from scratch: fill in the four functions (numpy only)."""

import numpy as np


def fit(X, y, var_smoothing=1e-9):
    """X (n, d) float64, y (n,) int64 labels -> (classes, priors, means, variances).

    classes (C,) int64: the distinct labels, sorted; priors (C,): class frequencies; means (C, d);
    variances (C, d): biased (ddof=0) per-class variances plus eps = var_smoothing * max_j Var(X[:, j]).
    """
    raise NotImplementedError


def predict_joint_log_proba(classes, priors, means, variances, X):
    """-> (n, C): log P(c) + sum_j log N(X[i, j]; means[c, j], variances[c, j])."""
    raise NotImplementedError


def predict_log_proba(classes, priors, means, variances, X):
    """-> (n, C): log P(c | x), the joint log-likelihoods normalised with logsumexp over the classes."""
    raise NotImplementedError


def predict(classes, priors, means, variances, X):
    """-> (n,) int64: the class label with the largest posterior; a tie goes to the smallest label."""
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(20, 3))
    y = np.array([2, 5, 9])[rng.integers(0, 3, 20)]
    model = fit(X, y)
    print(predict(*model, X[:5]), np.exp(predict_log_proba(*model, X[:5])).sum(axis=1))
