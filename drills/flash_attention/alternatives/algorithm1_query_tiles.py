"""A correct solution in another style: FlashAttention's Algorithm 1 as printed, with tiles of queries as
well as keys, per-block maxima and sums, and an output kept normalised after every block."""

import numpy as np


def flash_attention(q, k, v, block_size, causal=False):
    Lq, d = q.shape
    Lk = k.shape[0]
    Br = 3  # queries per tile
    out = np.zeros((Lq, v.shape[1]))
    for r0 in range(0, Lq, Br):
        r1 = min(r0 + Br, Lq)
        Qi = q[r0:r1] / np.sqrt(d)
        Oi = np.zeros((r1 - r0, v.shape[1]))
        li = np.zeros((r1 - r0, 1))
        mi = np.full((r1 - r0, 1), -np.inf)
        for c0 in range(0, Lk, block_size):
            if causal and c0 > r1 - 1:
                break  # this key block and all later ones are in the future of every query in the tile
            c1 = min(c0 + block_size, Lk)
            S = Qi @ k[c0:c1].T
            if causal:
                rows = np.arange(r0, r1)[:, None]
                S = np.where(np.arange(c0, c1)[None, :] > rows, -np.inf, S)
            m_blk = S.max(axis=1, keepdims=True)
            m_safe = np.where(np.isfinite(m_blk), m_blk, 0.0)  # a row whose keys are all in its future
            P = np.exp(S - m_safe)
            l_blk = P.sum(axis=1, keepdims=True)
            m_new = np.maximum(mi, m_blk)
            old = np.exp(mi - m_new)
            new = np.exp(m_blk - m_new)
            l_new = old * li + new * l_blk
            Oi = (li * old * Oi + new * (P @ v[c0:c1])) / l_new
            li, mi = l_new, m_new
        out[r0:r1] = Oi
    return out
