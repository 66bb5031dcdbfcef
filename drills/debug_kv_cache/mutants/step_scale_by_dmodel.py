"""The decode step divides the scores by √d_model; each head works in d_head = d_model / n_heads dimensions,
so the scale is √d_head, as in the prefill."""

import numpy as np


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    q, k, v = (split_heads(x_t @ W, n_heads) for W in (W_q, W_k, W_v))  # noqa: F821  (the reference's)
    keys = np.concatenate([k_cache, k], axis=2)
    values = np.concatenate([v_cache, v], axis=2)
    scores = q @ keys.transpose(0, 1, 3, 2) / np.sqrt(x_t.shape[-1])
    return merge_heads(softmax(scores) @ values) @ W_o, keys, values  # noqa: F821
