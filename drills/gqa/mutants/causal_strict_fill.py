"""The causal mask also blocks the diagonal (scores set to −1e9 where np.triu(…, k=0), or j ≥ i): position
i may attend to itself, so block only j > i (np.triu(…, k=1)). With the diagonal blocked, every score of
the first token is −1e9 and it averages all the values, future included, with equal weights."""

import numpy as np


def attend(q, k, v, causal):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if causal:
        seq = scores.shape[-1]
        scores = np.where(np.triu(np.ones((seq, seq), dtype=bool)), -1e9, scores)
    return softmax(scores) @ v  # noqa: F821
