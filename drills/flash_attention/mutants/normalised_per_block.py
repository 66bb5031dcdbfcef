"""Each block is normalised by its own sum and the block outputs are added up, so the weights sum to the
number of blocks, not to 1. Keep one running sum l across all blocks (rescaled when the maximum grows)
and divide by it once, at the end."""

import numpy as np


def flash_attention(q, k, v, block_size, causal=False):
    out = np.zeros((q.shape[0], v.shape[1]))
    for start, stop in key_blocks(k.shape[0], block_size):  # noqa: F821  (the reference's)
        s = block_scores(q, k[start:stop], start, causal)  # noqa: F821
        p = np.exp(s - s.max(axis=1, keepdims=True))
        out = out + p @ v[start:stop] / p.sum(axis=1, keepdims=True)
    return out
