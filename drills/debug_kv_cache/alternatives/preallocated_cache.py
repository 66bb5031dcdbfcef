"""A correct solution with a preallocated cache of the full length, written into slot by slot; each step
attends only to the filled slots. The prompt uses einsum and an additive −1e30 mask."""

import numpy as np


def decode(x, W_q, W_k, W_v, W_o, n_heads, prompt_len=1):
    batch, seq, d_model = x.shape
    d_head = d_model // n_heads
    q_all, k_all, v_all = ((x @ W).reshape(batch, seq, n_heads, d_head) for W in (W_q, W_k, W_v))
    k_cache = np.zeros((batch, n_heads, seq, d_head))
    v_cache = np.zeros((batch, n_heads, seq, d_head))
    out = np.empty((batch, seq, d_model))

    p = prompt_len
    k_cache[:, :, :p] = k_all[:, :p].transpose(0, 2, 1, 3)
    v_cache[:, :, :p] = v_all[:, :p].transpose(0, 2, 1, 3)
    scores = np.einsum("bqhd,bhkd->bhqk", q_all[:, :p], k_cache[:, :, :p]) / np.sqrt(d_head)
    scores = scores + np.triu(np.full((p, p), -1e30), k=1)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    out[:, :p] = np.einsum("bhqk,bhkd->bqhd", w, v_cache[:, :, :p]).reshape(batch, p, d_model) @ W_o

    for t in range(p, seq):
        k_cache[:, :, t] = k_all[:, t]
        v_cache[:, :, t] = v_all[:, t]
        s = np.einsum("bhd,bhkd->bhk", q_all[:, t], k_cache[:, :, : t + 1]) / np.sqrt(d_head)
        w = np.exp(s - s.max(axis=-1, keepdims=True))
        w /= w.sum(axis=-1, keepdims=True)
        out[:, t] = np.einsum("bhk,bhkd->bhd", w, v_cache[:, :, : t + 1]).reshape(batch, d_model) @ W_o
    return out
