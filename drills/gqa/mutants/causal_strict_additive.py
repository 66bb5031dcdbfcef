"""The causal mask also blocks the diagonal (an additive −1e9 on np.triu(…, k=0), or j < i): position i may
attend to itself, so block only j > i (np.triu(…, k=1)). With the diagonal blocked, the first token has
every key equally penalised, so it attends to the whole sequence, future included."""

import numpy as np


def attend(q, k, v, causal):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if causal:
        seq = scores.shape[-1]
        scores = scores + np.triu(np.full((seq, seq), -1e9))
    return softmax(scores) @ v  # noqa: F821
