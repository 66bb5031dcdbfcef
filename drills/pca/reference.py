"""Reference solution: PCA by the SVD of the centred data, with scikit-learn's sign convention."""

import numpy as np


def pca(X, n_components):
    mean = X.mean(axis=0)
    Xc = X - mean
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    components = Vt[:n_components]
    components = components * flip_signs(components)[:, None]
    explained_variance = S[:n_components] ** 2 / (X.shape[0] - 1)
    return components, explained_variance, Xc @ components.T


def flip_signs(components):
    """+1 or −1 per row, making each row's largest-|value| entry (the first such, on a tie) positive."""
    biggest = np.argmax(np.abs(components), axis=1)
    return np.sign(components[np.arange(len(components)), biggest])
