"""The heads are split with a bare reshape to (batch, num_heads, seq, d_head), which scrambles positions
and features. Reshape to (batch, seq, num_heads, d_head) and then transpose to (batch, num_heads, seq,
d_head); undo both after attending."""


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, mask=None):
    batch, seq, d_model = x.shape
    d_head = d_model // num_heads

    def split(t):
        return t.reshape(batch, num_heads, seq, d_head)

    heads, _ = scaled_dot_product_attention(split(x @ W_q), split(x @ W_k), split(x @ W_v), mask)  # noqa: F821
    return heads.reshape(batch, seq, d_model) @ W_o
