"""decode joins the outputs in the wrong order: np.array(outputs) is (T, B, 1, D), and reshaping it to
(B, T, D) mixes up sequences and steps when B > 1. Use np.concatenate(outputs, axis=1) (or move the step
axis after the batch axis before reshaping)."""

import numpy as np


def decode(x, W_q, W_k, W_v, W_o, n_heads):
    batch, seq, d_model = x.shape
    k_cache = np.zeros((batch, n_heads, 0, d_model // n_heads))
    v_cache = np.zeros((batch, n_heads, 0, d_model // n_heads))
    outputs = []
    for t in range(seq):
        y_t, k_cache, v_cache = decode_step(x[:, t : t + 1], k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads)  # noqa: F821
        outputs.append(y_t)
    return np.array(outputs).reshape(batch, seq, d_model)
