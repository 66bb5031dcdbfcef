"""The MLP reads ln_2(x), the block's input, as in the parallel blocks of GPT-J and GPT-NeoX
(out = x + attn(ln_1(x)) + mlp(ln_2(x))). GPT-2 is sequential: the MLP reads the stream after the
attention residual, out = h + mlp(ln_2(h)) with h = x + attn(ln_1(x))."""


def decoder_block(x, ln1_g, ln1_b, W_qkv, b_qkv, W_o, b_o, ln2_g, ln2_b, W_fc, b_fc, W_proj, b_proj, n_heads):
    h = x + causal_self_attention(layer_norm(x, ln1_g, ln1_b), W_qkv, b_qkv, W_o, b_o, n_heads)  # noqa: F821
    return h + mlp(layer_norm(x, ln2_g, ln2_b), W_fc, b_fc, W_proj, b_proj)  # noqa: F821
