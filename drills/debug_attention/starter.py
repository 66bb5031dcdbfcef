"""Multi-head self-attention with an optional causal mask. This code has 3 bugs: find and fix them."""

import numpy as np


def softmax(x):
    """Softmax over the last axis."""
    e = np.exp(x)
    return e / e.sum(axis=-1, keepdims=True)


def split_heads(t, num_heads):
    """(batch, seq, d_model) -> (batch, num_heads, seq, d_head); head h takes columns h*d_head:(h+1)*d_head."""
    batch, seq, d_model = t.shape
    return t.reshape(batch, seq, num_heads, d_model // num_heads).transpose(0, 2, 1, 3)


def merge_heads(t):
    """(batch, num_heads, seq, d_head) -> (batch, seq, d_model), head 0's columns first."""
    batch, heads, seq, d_head = t.shape
    return t.transpose(0, 2, 1, 3).reshape(batch, seq, heads * d_head)


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, causal=False):
    """Multi-head self-attention.

    x: (batch, seq, d_model); W_q, W_k, W_v, W_o: (d_model, d_model), used as x @ W.
    causal=True: position i attends only to positions 0..i.
    Returns (batch, seq, d_model).
    """
    seq, d_model = x.shape[1], x.shape[2]
    q = split_heads(x @ W_q, num_heads)
    k = split_heads(x @ W_k, num_heads)
    v = split_heads(x @ W_v, num_heads)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_model)
    if causal:
        future = np.tril(np.ones((seq, seq), dtype=bool), k=-1)
        scores = np.where(future, -np.inf, scores)
    weights = softmax(scores)
    return merge_heads(weights @ v) @ W_o


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x = rng.normal(size=(1, 4, 8))
    W_q, W_k, W_v, W_o = (rng.normal(size=(8, 8)) / np.sqrt(8) for _ in range(4))
    print(multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads=2, causal=True))
