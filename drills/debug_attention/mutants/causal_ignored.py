"""causal=True is ignored: every position still attends to the future. Set the scores of keys j > i to −inf
before the softmax."""

import numpy as np


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, causal=False):
    d_model = x.shape[2]
    d_head = d_model // num_heads
    q = split_heads(x @ W_q, num_heads)  # noqa: F821  (the reference's)
    k = split_heads(x @ W_k, num_heads)  # noqa: F821
    v = split_heads(x @ W_v, num_heads)  # noqa: F821
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)
    return merge_heads(softmax(scores) @ v) @ W_o  # noqa: F821
