"""A correct solution in another style: eigh of the sample covariance, sorted by decreasing eigenvalue,
with the signs fixed in a loop."""

import numpy as np


def pca(X, n_components):
    n = len(X)
    mu = np.mean(X, axis=0)
    Xc = X - mu
    cov = np.cov(Xc, rowvar=False, ddof=1).reshape(X.shape[1], X.shape[1])
    vals, vecs = np.linalg.eigh(cov)
    order = np.argsort(-vals)[:n_components]
    comps = vecs[:, order].T.copy()
    for i in range(n_components):
        j = 0
        for m in range(comps.shape[1]):
            if abs(comps[i, m]) > abs(comps[i, j]):
                j = m
        if comps[i, j] < 0:
            comps[i] = -comps[i]
    proj = np.zeros((n, n_components))
    for i in range(n):
        proj[i] = comps @ Xc[i]
    return comps, vals[order], proj
