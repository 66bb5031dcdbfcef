"""Reference solution: grouped-query attention."""

import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def split_heads(t, n, d_head):
    """(B, T, n·d_head) -> (B, n, T, d_head); head i is columns i·d_head:(i+1)·d_head."""
    batch, seq, _ = t.shape
    return t.reshape(batch, seq, n, d_head).transpose(0, 2, 1, 3)


def merge_heads(t):
    """(B, H, T, d_head) -> (B, T, H·d_head), head 0 first."""
    batch, n, seq, d_head = t.shape
    return t.transpose(0, 2, 1, 3).reshape(batch, seq, n * d_head)


def expand_kv(t, n_heads):
    """(B, G, T, d_head) -> (B, H, T, d_head): query head h gets KV head h // (H / G)."""
    return np.repeat(t, n_heads // t.shape[1], axis=1)


def attend(q, k, v, causal):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if causal:
        seq = scores.shape[-1]
        scores = np.where(np.tril(np.ones((seq, seq), dtype=bool)), scores, -np.inf)
    return softmax(scores) @ v


def gqa(x, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, causal=True):
    d_head = W_q.shape[1] // n_heads
    q = split_heads(x @ W_q, n_heads, d_head)
    k = expand_kv(split_heads(x @ W_k, n_kv_heads, d_head), n_heads)
    v = expand_kv(split_heads(x @ W_v, n_kv_heads, d_head), n_heads)
    return merge_heads(attend(q, k, v, causal)) @ W_o
