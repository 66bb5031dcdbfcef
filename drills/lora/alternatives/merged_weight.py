"""A correct solution that builds the merged weight once and multiplies by it (x @ W' equals the forward
pass), with np.tensordot for any leading dims and standard_normal scaled by 1/r."""

import numpy as np


def lora_merge(W, A, B, alpha):
    r = B.shape[0]
    return W + (alpha / r) * np.dot(A, B)


def lora_forward(x, W, A, B, alpha):
    return np.tensordot(x, lora_merge(W, A, B, alpha), axes=([-1], [0]))


def lora_init(d_in, d_out, r, rng):
    g = np.random.default_rng(rng)
    A = g.standard_normal((d_in, r)) / r
    return A, np.zeros((r, d_out), dtype=np.float64)
