"""The components keep the signs the SVD returned (no sign fix, or a rule that never flips them, such as
the sign of the largest entry rather than of the largest |entry|); fix each one's sign so that its entry
of largest absolute value is positive (and flip the projection with it)."""

import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    components = Vt[:n_components]
    return components, S[:n_components] ** 2 / (X.shape[0] - 1), Xc @ components.T
