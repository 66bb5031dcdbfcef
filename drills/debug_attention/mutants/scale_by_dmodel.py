"""The scores are divided by √d_model; each head works in d_head = d_model / num_heads dimensions, so the
scale is √d_head (the two agree only with one head)."""

import numpy as np


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, causal=False):
    seq, d_model = x.shape[1], x.shape[2]
    q = split_heads(x @ W_q, num_heads)  # noqa: F821  (the reference's)
    k = split_heads(x @ W_k, num_heads)  # noqa: F821
    v = split_heads(x @ W_v, num_heads)  # noqa: F821
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_model)
    if causal:
        future = np.triu(np.ones((seq, seq), dtype=bool), k=1)
        scores = np.where(future, -np.inf, scores)
    return merge_heads(softmax(scores) @ v) @ W_o  # noqa: F821
