"""The causal mask is aligned at the end (query i sees keys j ≤ i + Lk − Lq, as in FlashAttention 2.1+).
This drill aligns it at the start, like PyTorch's scaled_dot_product_attention(is_causal=True): query i
sees keys j ≤ i, whatever Lq and Lk are."""

import numpy as np


def flash_attention(q, k, v, block_size, causal=False):
    n_q, n_k = q.shape[0], k.shape[0]
    m = np.full((n_q, 1), -np.inf)
    denom = np.zeros((n_q, 1))
    acc = np.zeros((n_q, v.shape[1]))
    for start, stop in key_blocks(n_k, block_size):  # noqa: F821  (the reference's)
        s = q @ k[start:stop].T / np.sqrt(q.shape[1])
        if causal:
            i = np.arange(n_q)[:, None] + n_k - n_q
            s = np.where(np.arange(start, stop)[None, :] <= i, s, -np.inf)
        m_new = np.maximum(m, s.max(axis=1, keepdims=True))
        p = np.exp(s - m_new)
        alpha = np.exp(m - m_new)
        denom = alpha * denom + p.sum(axis=1, keepdims=True)
        acc = alpha * acc + p @ v[start:stop]
        m = m_new
    return acc / denom
