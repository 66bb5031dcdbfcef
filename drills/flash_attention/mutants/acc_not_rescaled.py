"""When the running maximum grows, the running sum l is rescaled by exp(m_old − m_new) but the accumulator
is not: the accumulator was also summed relative to the old maximum, so multiply it by the same factor."""

import numpy as np


def flash_attention(q, k, v, block_size, causal=False):
    n_q = q.shape[0]
    m = np.full((n_q, 1), -np.inf)
    denom = np.zeros((n_q, 1))
    acc = np.zeros((n_q, v.shape[1]))
    for start, stop in key_blocks(k.shape[0], block_size):  # noqa: F821  (the reference's)
        s = block_scores(q, k[start:stop], start, causal)  # noqa: F821
        m_new = np.maximum(m, s.max(axis=1, keepdims=True))
        p = np.exp(s - m_new)
        denom = np.exp(m - m_new) * denom + p.sum(axis=1, keepdims=True)
        acc = acc + p @ v[start:stop]
        m = m_new
    return acc / denom
