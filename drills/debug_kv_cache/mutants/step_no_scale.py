"""The decode step does not scale the scores: divide q·k by √d_head, as in the prefill."""

import numpy as np


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    q, k, v = (split_heads(x_t @ W, n_heads) for W in (W_q, W_k, W_v))  # noqa: F821  (the reference's)
    keys = np.concatenate([k_cache, k], axis=2)
    values = np.concatenate([v_cache, v], axis=2)
    scores = q @ keys.transpose(0, 1, 3, 2)
    return merge_heads(softmax(scores) @ values) @ W_o, keys, values  # noqa: F821
