"""The causal mask also blocks the diagonal (j < i): query i may attend to keys j ≤ i, itself included.
With the diagonal blocked, query 0 has no key at all and its output is 0/0."""

import numpy as np


def block_scores(q, k_block, start, causal):
    s = q @ k_block.T / np.sqrt(q.shape[1])
    if causal:
        i = np.arange(q.shape[0])[:, None]
        j = np.arange(start, start + k_block.shape[0])[None, :]
        s = np.where(j < i, s, -np.inf)
    return s
