"""The output projection is missing: after concatenating the heads, multiply by W_o."""


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, mask=None):
    batch, seq, d_model = x.shape
    d_head = d_model // num_heads

    def split(t):
        return t.reshape(batch, seq, num_heads, d_head).transpose(0, 2, 1, 3)

    heads, _ = scaled_dot_product_attention(split(x @ W_q), split(x @ W_k), split(x @ W_v), mask)  # noqa: F821
    return heads.transpose(0, 2, 1, 3).reshape(batch, seq, d_model)
