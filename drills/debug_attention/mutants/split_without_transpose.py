"""The heads are split with a bare reshape to (batch, num_heads, seq, d_head), which scrambles positions and
features. Reshape to (batch, seq, num_heads, d_head), then transpose to (batch, num_heads, seq, d_head)."""


def split_heads(t, num_heads):
    batch, seq, d_model = t.shape
    return t.reshape(batch, num_heads, seq, d_model // num_heads)
