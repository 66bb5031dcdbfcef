"""A correct solution in another style: the query heads are grouped as (B, G, r, T, dh) so that each KV
head broadcasts over its r query heads without being copied; the causal mask is built from indices."""

import numpy as np


def gqa(x, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, causal=True):
    B, T, _ = x.shape
    H, G = n_heads, n_kv_heads
    dh = W_q.shape[1] // H
    r = H // G
    q = (x @ W_q).reshape(B, T, G, r, dh).transpose(0, 2, 3, 1, 4)  # (B, G, r, T, dh)
    k = (x @ W_k).reshape(B, T, G, dh).transpose(0, 2, 1, 3)[:, :, None]  # (B, G, 1, T, dh)
    v = (x @ W_v).reshape(B, T, G, dh).transpose(0, 2, 1, 3)[:, :, None]
    scores = q @ k.swapaxes(-1, -2) * dh**-0.5  # (B, G, r, T, T)
    if causal:
        i = np.arange(T)
        scores = np.where(i[None, :] <= i[:, None], scores, -np.inf)
    m = scores.max(axis=-1, keepdims=True)
    w = np.exp(scores - m)
    out = (w @ v) / w.sum(axis=-1, keepdims=True)  # (B, G, r, T, dh)
    return out.transpose(0, 3, 1, 2, 4).reshape(B, T, H * dh) @ W_o
