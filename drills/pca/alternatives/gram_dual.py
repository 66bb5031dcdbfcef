"""A correct solution in another style: the dual (Gram-matrix) form — eigenvectors u of Xc Xcᵀ give the
components Xcᵀ u / σ — with einsum for the projection."""

import numpy as np


def pca(X, n_components):
    n = X.shape[0]
    Xc = X - X.mean(0, keepdims=True)
    lam, U = np.linalg.eigh(Xc @ Xc.T)
    top = np.argsort(lam)[::-1][:n_components]
    sigma = np.sqrt(lam[top])
    comps = (Xc.T @ U[:, top] / sigma).T
    comps /= np.linalg.norm(comps, axis=1, keepdims=True)
    pick = np.abs(comps).argmax(axis=1)
    comps *= np.sign(np.take_along_axis(comps, pick[:, None], axis=1))
    return comps, lam[top] / (n - 1), np.einsum("nd,kd->nk", Xc, comps)
