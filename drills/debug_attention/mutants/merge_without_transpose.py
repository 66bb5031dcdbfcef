"""The heads are merged with a bare reshape of (batch, num_heads, seq, d_head), which mixes positions and
heads. Transpose back to (batch, seq, num_heads, d_head) first, then reshape to (batch, seq, d_model)."""


def merge_heads(t):
    batch, heads, seq, d_head = t.shape
    return t.reshape(batch, seq, heads * d_head)
