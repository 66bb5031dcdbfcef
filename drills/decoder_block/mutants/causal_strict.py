"""The causal mask also blocks the diagonal (j < i): position t may attend to itself, so keep positions
≤ t (np.tril with k=0). With the diagonal blocked and −inf fill, the first token has no key and gives nan."""

import numpy as np


def causal_self_attention(a, W_qkv, b_qkv, W_o, b_o, n_heads):
    batch, seq, d_model = a.shape
    d_head = d_model // n_heads

    def heads(t):
        return t.reshape(batch, seq, n_heads, d_head).transpose(0, 2, 1, 3)

    q, k, v = (heads(t) for t in split_qkv(a @ W_qkv + b_qkv))  # noqa: F821  (the reference's)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_head)
    scores = np.where(np.tril(np.ones((seq, seq), dtype=bool), k=-1), scores, -np.inf)
    out = (softmax(scores) @ v).transpose(0, 2, 1, 3).reshape(batch, seq, d_model)  # noqa: F821
    return out @ W_o + b_o
