"""decode does not pass the caches returned by decode_step to the next step, so each token attends only
to itself. Keep the returned caches: y_t, k_cache, v_cache = decode_step(x[:, t:t+1], k_cache, v_cache, …)."""

import numpy as np


def decode(x, W_q, W_k, W_v, W_o, n_heads):
    batch, seq, d_model = x.shape
    k_cache = np.zeros((batch, n_heads, 0, d_model // n_heads))
    v_cache = np.zeros((batch, n_heads, 0, d_model // n_heads))
    outputs = []
    for t in range(seq):
        y_t, _, _ = decode_step(x[:, t : t + 1], k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads)  # noqa: F821
        outputs.append(y_t)
    return np.concatenate(outputs, axis=1)
