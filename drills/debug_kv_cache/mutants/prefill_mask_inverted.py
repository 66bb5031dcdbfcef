"""The prompt's causal mask is inverted (np.where with its last two arguments swapped): the scores of the
future keys j > i are kept and all the others set to −inf, so each position sees only its future and the
last one sees nothing (a nan row). Keep the scores of keys j ≤ i: np.where(np.triu(..., k=1), -np.inf,
scores), or equivalently np.where(np.tril(...), scores, -np.inf)."""

import numpy as np


def prefill(x, W_q, W_k, W_v, W_o, n_heads):
    q, k, v = (split_heads(x @ W, n_heads) for W in (W_q, W_k, W_v))  # noqa: F821  (the reference's)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    seq = x.shape[1]
    scores = np.where(np.triu(np.ones((seq, seq), dtype=bool), k=1), scores, -np.inf)
    return merge_heads(softmax(scores) @ v) @ W_o, k, v  # noqa: F821
