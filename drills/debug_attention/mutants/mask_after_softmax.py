"""The causal mask is applied after the softmax (weights × mask), so each row's weights no longer sum to 1.
Block the future scores with −inf before the softmax."""

import numpy as np


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, causal=False):
    seq, d_model = x.shape[1], x.shape[2]
    d_head = d_model // num_heads
    q = split_heads(x @ W_q, num_heads)  # noqa: F821  (the reference's)
    k = split_heads(x @ W_k, num_heads)  # noqa: F821
    v = split_heads(x @ W_v, num_heads)  # noqa: F821
    weights = softmax(q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head))  # noqa: F821
    if causal:
        weights = weights * np.tril(np.ones((seq, seq)))
    return merge_heads(weights @ v) @ W_o  # noqa: F821
