"""FlashAttention's online softmax: fill in flash_attention (numpy only)."""

import numpy as np


def flash_attention(q, k, v, block_size, causal=False):
    """softmax(q k^T / sqrt(d)) v, computed one block of keys at a time.

    q: (Lq, d); k: (Lk, d); v: (Lk, dv); block_size: keys per block (the last block may be shorter).
    Keep, per query, a running maximum m, a running sum l of exp(score - m) and a running sum acc of
    exp(score - m) * value; when m grows, rescale l and acc by exp(m_old - m_new). Return acc / l.
    causal=True: query i attends to keys j <= i (positions counted from 0 for both).
    Returns (Lq, dv).
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    q, k, v = rng.normal(size=(4, 8)), rng.normal(size=(10, 8)), rng.normal(size=(10, 3))
    print(flash_attention(q, k, v, block_size=4))
