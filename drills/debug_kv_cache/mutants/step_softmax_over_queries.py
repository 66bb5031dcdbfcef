"""The decode step's softmax runs over the query axis (axis −2, of size 1), so every weight is 1 and the
values are summed. The weights of the new position must sum to 1 over the cached keys (the last axis)."""

import numpy as np


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    q, k, v = (split_heads(x_t @ W, n_heads) for W in (W_q, W_k, W_v))  # noqa: F821  (the reference's)
    keys = np.concatenate([k_cache, k], axis=2)
    values = np.concatenate([v_cache, v], axis=2)
    scores = q @ keys.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    e = np.exp(scores - scores.max(axis=-2, keepdims=True))
    weights = e / e.sum(axis=-2, keepdims=True)
    return merge_heads(weights @ values) @ W_o, keys, values  # noqa: F821
