"""The scores are not scaled: divide q kᵀ by √d (d = the width of q and k) before the softmax."""

import numpy as np


def block_scores(q, k_block, start, causal):
    s = q @ k_block.T
    if causal:
        i = np.arange(q.shape[0])[:, None]
        j = np.arange(start, start + k_block.shape[0])[None, :]
        s = np.where(j <= i, s, -np.inf)
    return s
