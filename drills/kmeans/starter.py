"""k-means and k-means++ from scratch: fill in the two functions (numpy only)."""

import numpy as np


def kmeans_plus_plus(X, k, rng):
    """k-means++ seeding. X: (n, d); k ≥ 1; rng: an int seed. With g = np.random.default_rng(rng): the
    first centre is X[g.integers(n)]; each next one is X[g.choice(n, p=D2 / D2.sum())], D2 the squared
    distance of each point to its nearest chosen centre. Returns the (k, d) centres in the order chosen."""
    raise NotImplementedError


def kmeans(X, init, max_iter=100):
    """Lloyd's k-means from the (k, d) centres `init` (not modified). Each step assigns every point to its
    nearest centre (ties: lowest index); stop when the labels equal the previous step's, else move each
    centre to the mean of its points (an empty cluster keeps its centre). At most max_iter assignment
    steps. Returns (centers (k, d), labels (n,) int, n_iter int = assignment steps performed)."""
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = np.concatenate([rng.normal(size=(20, 2)) + c for c in ([0, 0], [6, 0], [0, 6])])
    print(kmeans(X, kmeans_plus_plus(X, 3, 0)))
