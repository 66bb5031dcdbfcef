"""The prompt's causal mask blocks the past instead of the future: position i may attend to 0…i, so block the
keys above the diagonal (np.triu(..., k=1)), not below it (np.tril(..., k=-1))."""

import numpy as np


def prefill(x, W_q, W_k, W_v, W_o, n_heads):
    q, k, v = (split_heads(x @ W, n_heads) for W in (W_q, W_k, W_v))  # noqa: F821  (the reference's)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    seq = x.shape[1]
    scores = np.where(np.tril(np.ones((seq, seq), dtype=bool), k=-1), -np.inf, scores)
    return merge_heads(softmax(scores) @ v) @ W_o, k, v  # noqa: F821
