"""A correct solution in another style: a Python loop over the query heads with explicit KV-head selection,
einsum, and an additive −1e9 causal mask."""

import math

import numpy as np


def gqa(x, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, causal=True):
    T = x.shape[1]
    dh = W_q.shape[1] // n_heads
    group = n_heads // n_kv_heads
    Q, K, V = x @ W_q, x @ W_k, x @ W_v
    penalty = np.triu(np.full((T, T), -1e9), k=1) if causal else np.zeros((T, T))
    heads = []
    for h in range(n_heads):
        g = h // group
        q = Q[:, :, h * dh : (h + 1) * dh]
        k = K[:, :, g * dh : (g + 1) * dh]
        v = V[:, :, g * dh : (g + 1) * dh]
        scores = np.einsum("bid,bjd->bij", q, k) / math.sqrt(dh) + penalty
        scores -= scores.max(axis=-1, keepdims=True)
        w = np.exp(scores)
        w /= w.sum(axis=-1, keepdims=True)
        heads.append(np.einsum("bij,bjd->bid", w, v))
    return np.concatenate(heads, axis=-1) @ W_o
