"""ln_2 uses ln_1's parameters: the second LayerNorm has its own γ and β, ln2_g and ln2_b."""


def decoder_block(x, ln1_g, ln1_b, W_qkv, b_qkv, W_o, b_o, ln2_g, ln2_b, W_fc, b_fc, W_proj, b_proj, n_heads):
    h = x + causal_self_attention(layer_norm(x, ln1_g, ln1_b), W_qkv, b_qkv, W_o, b_o, n_heads)  # noqa: F821
    return h + mlp(layer_norm(h, ln1_g, ln1_b), W_fc, b_fc, W_proj, b_proj)  # noqa: F821
