"""The bias of the attention output projection is missing: the merged heads go through @ W_o + b_o."""

import numpy as np


def causal_self_attention(a, W_qkv, b_qkv, W_o, b_o, n_heads):
    batch, seq, d_model = a.shape
    d_head = d_model // n_heads

    def heads(t):
        return t.reshape(batch, seq, n_heads, d_head).transpose(0, 2, 1, 3)

    q, k, v = (heads(t) for t in split_qkv(a @ W_qkv + b_qkv))  # noqa: F821  (the reference's)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_head)
    scores = np.where(np.tril(np.ones((seq, seq), dtype=bool)), scores, -np.inf)
    out = (softmax(scores) @ v).transpose(0, 2, 1, 3).reshape(batch, seq, d_model)  # noqa: F821
    return out @ W_o
