"""When the running maximum grows, neither the running sum nor the accumulator is rescaled: what was summed
under the old maximum m_old must be multiplied by exp(m_old − m_new) before this block's terms are added."""

import numpy as np


def flash_attention(q, k, v, block_size, causal=False):
    n_q = q.shape[0]
    m = np.full((n_q, 1), -np.inf)
    denom = np.zeros((n_q, 1))
    acc = np.zeros((n_q, v.shape[1]))
    for start, stop in key_blocks(k.shape[0], block_size):  # noqa: F821  (the reference's)
        s = block_scores(q, k[start:stop], start, causal)  # noqa: F821
        m = np.maximum(m, s.max(axis=1, keepdims=True))
        p = np.exp(s - m)
        denom = denom + p.sum(axis=1, keepdims=True)
        acc = acc + p @ v[start:stop]
    return acc / denom
