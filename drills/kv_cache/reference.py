"""Reference solution: one decoding step with a KV cache, and token-by-token decoding."""

import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def split_heads(t, n_heads):
    """(B, T, D) -> (B, H, T, dh); head h is columns h·dh:(h+1)·dh."""
    batch, seq, d_model = t.shape
    return t.reshape(batch, seq, n_heads, d_model // n_heads).transpose(0, 2, 1, 3)


def merge_heads(t):
    """(B, H, T, dh) -> (B, T, H·dh), head 0 first."""
    batch, n_heads, seq, d_head = t.shape
    return t.transpose(0, 2, 1, 3).reshape(batch, seq, n_heads * d_head)


def attend(q, k, v):
    """The new token's query against every cached position; no mask: all of them are in its past."""
    return softmax(q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])) @ v


def append(cache, new):
    """A new cache with `new` (B, H, 1, dh) after the S cached positions."""
    return np.concatenate([cache, new], axis=2)


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    q = split_heads(x_t @ W_q, n_heads)
    k_cache = append(k_cache, split_heads(x_t @ W_k, n_heads))
    v_cache = append(v_cache, split_heads(x_t @ W_v, n_heads))
    return merge_heads(attend(q, k_cache, v_cache)) @ W_o, k_cache, v_cache


def decode(x, W_q, W_k, W_v, W_o, n_heads):
    batch, seq, d_model = x.shape
    k_cache = np.zeros((batch, n_heads, 0, d_model // n_heads))
    v_cache = np.zeros((batch, n_heads, 0, d_model // n_heads))
    outputs = []
    for t in range(seq):
        y_t, k_cache, v_cache = decode_step(x[:, t : t + 1], k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads)
        outputs.append(y_t)
    return np.concatenate(outputs, axis=1)
