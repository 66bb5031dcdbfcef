"""Reference solution: the InfoNCE / CLIP contrastive loss with in-batch negatives."""

import numpy as np

NORM_EPS = 1e-12


def l2_normalize(x):
    """Each row divided by max(its L2 norm, 1e-12), like torch.nn.functional.normalize; a zero row stays 0."""
    norms = np.sqrt(np.sum(x * x, axis=1, keepdims=True))
    return x / np.maximum(norms, NORM_EPS)


def cross_entropy_diagonal(logits):
    """Mean over rows of −log softmax(row)[i]: row i's positive is column i."""
    top = np.max(logits, axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.sum(np.exp(logits - top), axis=1))
    return float(np.mean(lse - np.diagonal(logits)))


def info_nce(a, b, temperature=0.07, symmetric=True):
    logits = l2_normalize(a) @ l2_normalize(b).T / temperature
    loss_ab = cross_entropy_diagonal(logits)
    if not symmetric:
        return loss_ab
    return (loss_ab + cross_entropy_diagonal(logits.T)) / 2
