"""Reference solution: k-means++ seeding and Lloyd's k-means."""

import numpy as np


def squared_distances(X, C):
    """(n, k) squared Euclidean distances between the rows of X and the rows of C."""
    diff = X[:, None, :] - C[None, :, :]
    return np.einsum("ijk,ijk->ij", diff, diff)


def kmeans_plus_plus(X, k, rng):
    g = np.random.default_rng(rng)
    n = X.shape[0]
    chosen = [int(g.integers(n))]
    d2 = squared_distances(X, X[chosen])[:, 0]  # squared distance to the nearest chosen centre
    for _ in range(1, k):
        index = int(g.choice(n, p=d2 / d2.sum()))
        chosen.append(index)
        d2 = np.minimum(d2, squared_distances(X, X[[index]])[:, 0])
    return X[chosen].copy()


def assign(X, centers):
    """The nearest centre of each point; np.argmin gives a tie to the lowest index."""
    return np.argmin(squared_distances(X, centers), axis=1)


def update(X, labels, centers):
    """Each centre moves to the mean of its points; a centre with no points stays where it is."""
    new = centers.copy()
    for c in range(len(centers)):
        members = labels == c
        if members.any():
            new[c] = X[members].mean(axis=0)
    return new


def kmeans(X, init, max_iter=100):
    centers = np.array(init, dtype=np.float64)  # a copy: init is not modified
    labels = None
    n_iter = 0
    for _ in range(max_iter):
        new_labels = assign(X, centers)
        n_iter += 1
        if labels is not None and np.array_equal(new_labels, labels):
            break  # converged: the update would give the same centres
        labels = new_labels
        centers = update(X, labels, centers)
    return centers, labels, n_iter
