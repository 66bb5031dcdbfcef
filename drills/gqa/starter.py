"""Grouped-query attention: fill in gqa (numpy only)."""

import numpy as np


def gqa(x, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, causal=True):
    """Grouped-query self-attention.

    x: (B, T, D); W_q: (D, H·dh); W_k, W_v: (D, G·dh); W_o: (H·dh, D), all used as x @ W.
    H = n_heads, G = n_kv_heads (H is a multiple of G), dh = W_q.shape[1] // H (H·dh need not equal D).
    Head i of a projection is its columns i·dh:(i+1)·dh. Query head h reads KV head h // (H // G).
    Scores are scaled by 1/sqrt(dh); causal=True: position i attends to positions j <= i.
    Heads are concatenated in order (head 0 first), then @ W_o. Returns (B, T, D).
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x = rng.normal(size=(1, 4, 8))
    W_q, W_k, W_v = rng.normal(size=(8, 8)), rng.normal(size=(8, 4)), rng.normal(size=(8, 4))
    W_o = rng.normal(size=(8, 8))
    print(gqa(x, W_q, W_k, W_v, W_o, n_heads=4, n_kv_heads=2))
