"""The causal mask is the wrong triangle: each position sees itself and the future (j ≥ i). Position i
may attend to keys j ≤ i, i.e. keep np.tril, not np.triu."""

import numpy as np


def attend(q, k, v, causal):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if causal:
        seq = scores.shape[-1]
        scores = np.where(np.triu(np.ones((seq, seq), dtype=bool)), scores, -np.inf)
    return softmax(scores) @ v  # noqa: F821
