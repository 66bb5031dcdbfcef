"""A GPT-2 decoder block: fill in layer_norm and decoder_block (numpy only)."""

import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    """LayerNorm over the last axis: (x - mean) / sqrt(var + eps) * gamma + beta, var biased (divide by D).

    x: (..., D); gamma, beta: (D,). Returns x's shape.
    """
    raise NotImplementedError


def decoder_block(x, ln1_g, ln1_b, W_qkv, b_qkv, W_o, b_o, ln2_g, ln2_b, W_fc, b_fc, W_proj, b_proj, n_heads):
    """One pre-norm GPT-2 block: h = x + attn(ln_1(x)); out = h + mlp(ln_2(h)).

    x: (B, T, D). attn: qkv = a @ W_qkv + b_qkv (W_qkv (D, 3D)), split into q, k, v in that order along the
    last axis; n_heads causal heads of size D // n_heads (head h = columns h*dh:(h+1)*dh of q, k and v),
    scale 1/sqrt(dh); heads concatenated, then @ W_o + b_o. mlp: gelu_tanh(a @ W_fc + b_fc) @ W_proj + b_proj.
    LayerNorm eps = 1e-5. Returns (B, T, D).
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    print(layer_norm(rng.normal(size=(2, 4)), np.ones(4), np.zeros(4)))
