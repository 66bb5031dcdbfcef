"""A correct solution with einsum, a boolean causal mask built by comparing indices, and weights as
exp(scores − logsumexp(scores))."""

import numpy as np


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, causal=False):
    batch, seq, d_model = x.shape
    d_head = d_model // num_heads
    q, k, v = (np.einsum("btd,de->bte", x, W).reshape(batch, seq, num_heads, d_head) for W in (W_q, W_k, W_v))
    scores = np.einsum("bqhd,bkhd->bhqk", q, k) / np.sqrt(d_head)
    if causal:
        i = np.arange(seq)
        scores = np.where(i[None, :] <= i[:, None], scores, -np.inf)
    m = scores.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(scores - m).sum(axis=-1, keepdims=True))
    weights = np.exp(scores - lse)
    heads = np.einsum("bhqk,bkhd->bqhd", weights, v)
    return heads.reshape(batch, seq, d_model) @ W_o
