"""The causal mask also blocks the diagonal (np.triu(…, k=0) as the blocked set, or j < i): position i may
attend to itself, so keep keys j ≤ i. With the diagonal blocked, the first token has no key left and its
output is nan."""

import numpy as np


def attend(q, k, v, causal):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if causal:
        seq = scores.shape[-1]
        scores = np.where(np.tril(np.ones((seq, seq), dtype=bool), k=-1), scores, -np.inf)
    return softmax(scores) @ v  # noqa: F821
