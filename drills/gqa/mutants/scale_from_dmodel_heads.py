"""The scores are scaled by 1/√(D // n_heads), a head size taken from the model width; the projections may
be wider or narrower than D, so the head size is dh = W_q.shape[1] // n_heads and the scale is 1/√dh."""

import numpy as np


def gqa(x, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, causal=True):
    d_head = W_q.shape[1] // n_heads
    q = split_heads(x @ W_q, n_heads, d_head) * np.sqrt(d_head / (x.shape[-1] // n_heads))  # noqa: F821
    k = expand_kv(split_heads(x @ W_k, n_kv_heads, d_head), n_heads)  # noqa: F821
    v = expand_kv(split_heads(x @ W_v, n_kv_heads, d_head), n_heads)  # noqa: F821
    return merge_heads(attend(q, k, v, causal)) @ W_o  # noqa: F821
