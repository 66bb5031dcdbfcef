"""A correct solution with einsum for the adapter path, explicit loops for the merge, and a copy of W."""

import numpy as np


def lora_forward(x, W, A, B, alpha):
    scale = float(alpha) / A.shape[-1]
    low = np.einsum("...i,ir->...r", x, A)
    return np.einsum("...i,io->...o", x, W) + scale * np.einsum("...r,ro->...o", low, B)


def lora_merge(W, A, B, alpha):
    d_in, r = A.shape
    merged = W.copy()
    for i in range(d_in):
        for o in range(W.shape[1]):
            merged[i, o] += alpha / r * sum(A[i, j] * B[j, o] for j in range(r))
    return merged


def lora_init(d_in, d_out, r, rng):
    A = np.random.default_rng(rng).normal(loc=0.0, scale=1 / r, size=(d_in, r))
    B = np.zeros_like(A, shape=(r, d_out))
    return A, B
