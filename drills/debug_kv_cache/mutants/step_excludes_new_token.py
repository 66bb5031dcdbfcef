"""The decode step attends over the cache before appending the new token's key and value, so a position
never sees itself. Append first, then attend: position t attends to 0…t."""

import numpy as np


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    q, k, v = (split_heads(x_t @ W, n_heads) for W in (W_q, W_k, W_v))  # noqa: F821  (the reference's)
    scores = q @ k_cache.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    out = merge_heads(softmax(scores) @ v_cache) @ W_o  # noqa: F821
    return out, np.concatenate([k_cache, k], axis=2), np.concatenate([v_cache, v], axis=2)
