"""Decision tree from scratch: fill in the five functions (numpy only)."""

import numpy as np


def gini(y):
    """Gini impurity 1 − Σ p_c² of integer labels y (n ≥ 1), over the classes present. Returns a float."""
    raise NotImplementedError


def entropy(y):
    """Entropy −Σ p_c log2 p_c in bits of integer labels y (n ≥ 1), over the classes present."""
    raise NotImplementedError


def best_split(X, y, criterion):
    """The best CART split of X (n, d), y (n,) under criterion 'gini' or 'entropy'.

    Thresholds: midpoints between consecutive distinct values of a feature; x <= threshold goes left.
    gain = I(y) − (n_L/n) I(y_L) − (n_R/n) I(y_R). Largest gain; gains within 1e-12 tie, and ties go to the
    lowest feature, then the lowest threshold. No valid split: (-1, nan, 0.0).
    Returns (feature int, threshold float, gain float).
    """
    raise NotImplementedError


def fit_tree(X, y, max_depth, criterion="gini"):
    """A classification tree as five arrays (feature, threshold, left, right, value), nodes in preorder;
    leaves have feature −1, threshold nan, left = right = −1. See the prompt for the exact rules."""
    raise NotImplementedError


def predict_tree(feature, threshold, left, right, value, X):
    """Integer labels (n,) for the rows of X from a tree in fit_tree's format: predict_tree(*tree, X)."""
    raise NotImplementedError


if __name__ == "__main__":
    X = np.array([[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]])
    y = np.array([0, 0, 1, 1])
    print(best_split(X, y, "gini"))
    tree = fit_tree(X, y, 2)
    print(tree, predict_tree(*tree, X))
