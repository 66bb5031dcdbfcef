"""The residuals add the normalised input (ln_1(x) + attn(ln_1(x))). In a pre-norm block they add the
un-normalised stream: h = x + attn(ln_1(x)) and out = h + mlp(ln_2(h))."""


def decoder_block(x, ln1_g, ln1_b, W_qkv, b_qkv, W_o, b_o, ln2_g, ln2_b, W_fc, b_fc, W_proj, b_proj, n_heads):
    a = layer_norm(x, ln1_g, ln1_b)  # noqa: F821  (the reference's)
    h = a + causal_self_attention(a, W_qkv, b_qkv, W_o, b_o, n_heads)  # noqa: F821
    m = layer_norm(h, ln2_g, ln2_b)  # noqa: F821
    return m + mlp(m, W_fc, b_fc, W_proj, b_proj)  # noqa: F821
