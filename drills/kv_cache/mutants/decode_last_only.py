"""decode returns only the last step's output (B, 1, D): return every step's y_t, joined along the
sequence axis as (B, T, D)."""

import numpy as np


def decode(x, W_q, W_k, W_v, W_o, n_heads):
    batch, seq, d_model = x.shape
    k_cache = np.zeros((batch, n_heads, 0, d_model // n_heads))
    v_cache = np.zeros((batch, n_heads, 0, d_model // n_heads))
    for t in range(seq):
        y_t, k_cache, v_cache = decode_step(x[:, t : t + 1], k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads)  # noqa: F821
    return y_t
