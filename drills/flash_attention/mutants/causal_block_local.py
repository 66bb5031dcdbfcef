"""The causal mask compares the query with the key's position inside its block (0…block_size−1) instead
of its position in the sequence: key j of the block starting at `start` is position start + j."""

import numpy as np


def block_scores(q, k_block, start, causal):
    s = q @ k_block.T / np.sqrt(q.shape[1])
    if causal:
        i = np.arange(q.shape[0])[:, None]
        j = np.arange(k_block.shape[0])[None, :]
        s = np.where(j <= i, s, -np.inf)
    return s
