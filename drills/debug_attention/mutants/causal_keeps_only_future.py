"""The causal mask blocks the diagonal and the past (np.tril(..., k=0) as the blocked set, or np.where with its
last two arguments swapped): each query sees only the keys after it, and the last one sees none (a nan row).
Query i may attend to keys 0…i: block only the keys above the diagonal, np.triu(..., k=1)."""

import numpy as np


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, causal=False):
    seq, d_model = x.shape[1], x.shape[2]
    d_head = d_model // num_heads
    q = split_heads(x @ W_q, num_heads)  # noqa: F821  (the reference's)
    k = split_heads(x @ W_k, num_heads)  # noqa: F821
    v = split_heads(x @ W_v, num_heads)  # noqa: F821
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)
    if causal:
        blocked = np.tril(np.ones((seq, seq), dtype=bool))
        scores = np.where(blocked, -np.inf, scores)
    return merge_heads(softmax(scores) @ v) @ W_o  # noqa: F821
