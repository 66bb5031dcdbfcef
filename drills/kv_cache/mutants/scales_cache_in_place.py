"""The cached keys are divided by √dh in place (k_cache /= √dh), which changes the caller's cache and
returns scaled keys, so every later step divides them again. Keep the keys as they are: scale the scores
(or q), and build the new cache with np.concatenate."""

import numpy as np


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    q = split_heads(x_t @ W_q, n_heads)  # noqa: F821  (the reference's)
    root = np.sqrt(q.shape[-1])
    k_cache /= root
    k_all = append(k_cache, split_heads(x_t @ W_k, n_heads) / root)  # noqa: F821
    v_all = append(v_cache, split_heads(x_t @ W_v, n_heads))  # noqa: F821
    out = softmax(q @ np.swapaxes(k_all, -1, -2)) @ v_all  # noqa: F821
    return merge_heads(out) @ W_o, k_all, v_all  # noqa: F821
