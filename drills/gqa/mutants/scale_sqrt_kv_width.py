"""The scores are scaled by 1/√(G·dh), the width of the whole K projection, taken before it was split into
heads; the scale is 1/√dh, the size of one head."""

import numpy as np


def gqa(x, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, causal=True):
    d_head = W_q.shape[1] // n_heads
    q = split_heads(x @ W_q, n_heads, d_head) / np.sqrt(n_kv_heads)  # noqa: F821  (1/√dh · 1/√G = 1/√(G·dh))
    k = expand_kv(split_heads(x @ W_k, n_kv_heads, d_head), n_heads)  # noqa: F821
    v = expand_kv(split_heads(x @ W_v, n_kv_heads, d_head), n_heads)  # noqa: F821
    return merge_heads(attend(q, k, v, causal)) @ W_o  # noqa: F821
