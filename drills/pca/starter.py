"""PCA from scratch: fill in pca (numpy only)."""

import numpy as np


def pca(X, n_components):
    """Principal component analysis of X (n, d), n ≥ 2, keeping n_components ≤ min(n − 1, d).

    Returns (components, explained_variance, X_proj):
    components (n_components, d): unit principal directions as rows, by decreasing variance, each with its
    largest-|value| entry positive (the first such entry on a tie);
    explained_variance (n_components,): the variance along each, with the n − 1 denominator;
    X_proj (n, n_components) = (X − X.mean(axis=0)) @ components.T.
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(50, 3)) @ np.array([[3.0, 1.0, 0.0], [0.0, 1.0, 0.5], [0.0, 0.0, 0.2]])
    print(pca(X, 2)[:2])
