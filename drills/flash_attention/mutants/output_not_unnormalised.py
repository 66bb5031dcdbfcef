"""The output is kept normalised (FlashAttention's Algorithm 1), but the previous output is not multiplied
back by its sum before the new block is added: O_new = (l_old · exp(m_old − m_new) · O_old +
exp(S − m_new) V) / l_new, with the factor l_old."""

import numpy as np


def flash_attention(q, k, v, block_size, causal=False):
    n_q = q.shape[0]
    m = np.full((n_q, 1), -np.inf)
    denom = np.zeros((n_q, 1))
    out = np.zeros((n_q, v.shape[1]))
    for start, stop in key_blocks(k.shape[0], block_size):  # noqa: F821  (the reference's)
        s = block_scores(q, k[start:stop], start, causal)  # noqa: F821
        m_new = np.maximum(m, s.max(axis=1, keepdims=True))
        p = np.exp(s - m_new)
        alpha = np.exp(m - m_new)
        denom = alpha * denom + p.sum(axis=1, keepdims=True)
        out = (alpha * out + p @ v[start:stop]) / denom
        m = m_new
    return out
