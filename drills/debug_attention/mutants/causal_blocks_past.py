"""The causal mask blocks the past instead of the future: query i may attend to keys 0…i, so the blocked
entries are those above the diagonal (np.triu(..., k=1)), not below it (np.tril(..., k=-1))."""

import numpy as np


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, causal=False):
    seq, d_model = x.shape[1], x.shape[2]
    d_head = d_model // num_heads
    q = split_heads(x @ W_q, num_heads)  # noqa: F821  (the reference's)
    k = split_heads(x @ W_k, num_heads)  # noqa: F821
    v = split_heads(x @ W_v, num_heads)  # noqa: F821
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)
    if causal:
        past = np.tril(np.ones((seq, seq), dtype=bool), k=-1)
        scores = np.where(past, -np.inf, scores)
    return merge_heads(softmax(scores) @ v) @ W_o  # noqa: F821
