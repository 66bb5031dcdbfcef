"""Reference solution: the LoRA forward pass, merging the adapter into W, and its initialisation."""

import numpy as np


def scaling(A, alpha):
    """alpha / r, with r = the rank = A.shape[1]."""
    return alpha / A.shape[1]


def lora_forward(x, W, A, B, alpha):
    return x @ W + scaling(A, alpha) * ((x @ A) @ B)


def lora_merge(W, A, B, alpha):
    return W + scaling(A, alpha) * (A @ B)


def lora_init(d_in, d_out, r, rng):
    g = np.random.default_rng(rng)
    A = g.normal(0.0, 1.0 / r, size=(d_in, r))
    B = np.zeros((r, d_out))
    return A, B
