"""The heads are split with a bare reshape to (B, n, T, dh), which mixes tokens and features. Reshape to
(B, T, n, dh) and transpose to (B, n, T, dh); undo both when merging the heads."""


def split_heads(t, n, d_head):
    batch, seq, _ = t.shape
    return t.reshape(batch, n, seq, d_head)


def merge_heads(t):
    batch, n, seq, d_head = t.shape
    return t.reshape(batch, seq, n * d_head)
