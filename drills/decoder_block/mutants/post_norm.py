"""The block is post-norm (the original Transformer's LayerNorm(x + sublayer(x))). GPT-2 is pre-norm: the
LayerNorm goes on each branch's input, h = x + attn(ln_1(x)), out = h + mlp(ln_2(h)), and the residual
stream itself is never normalised."""


def decoder_block(x, ln1_g, ln1_b, W_qkv, b_qkv, W_o, b_o, ln2_g, ln2_b, W_fc, b_fc, W_proj, b_proj, n_heads):
    h = layer_norm(x + causal_self_attention(x, W_qkv, b_qkv, W_o, b_o, n_heads), ln1_g, ln1_b)  # noqa: F821
    return layer_norm(h + mlp(h, W_fc, b_fc, W_proj, b_proj), ln2_g, ln2_b)  # noqa: F821
