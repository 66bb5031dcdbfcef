"""Reference solution: incremental decoding with a KV cache (the starter with its bugs fixed)."""

import numpy as np


def softmax(s):
    """Softmax over the last axis, stable for large scores."""
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def split_heads(t, n_heads):
    """(batch, seq, d_model) -> (batch, n_heads, seq, d_head); head h takes columns h*d_head:(h+1)*d_head."""
    batch, seq, d_model = t.shape
    return t.reshape(batch, seq, n_heads, d_model // n_heads).transpose(0, 2, 1, 3)


def merge_heads(t):
    """(batch, n_heads, seq, d_head) -> (batch, seq, d_model), head 0's columns first."""
    batch, heads, seq, d_head = t.shape
    return t.transpose(0, 2, 1, 3).reshape(batch, seq, heads * d_head)


def prefill(x, W_q, W_k, W_v, W_o, n_heads):
    """Causal attention over the whole prompt at once. Returns (out, k_cache, v_cache)."""
    q, k, v = (split_heads(x @ W, n_heads) for W in (W_q, W_k, W_v))
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    seq = x.shape[1]
    future = np.triu(np.ones((seq, seq), dtype=bool), k=1)
    scores = np.where(future, -np.inf, scores)
    return merge_heads(softmax(scores) @ v) @ W_o, k, v


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    """One new position x_t (batch, 1, d_model): append its key and value to the cache, then attend over the
    whole cache. Returns (out (batch, 1, d_model), the grown k_cache, the grown v_cache)."""
    q, k, v = (split_heads(x_t @ W, n_heads) for W in (W_q, W_k, W_v))
    keys = np.concatenate([k_cache, k], axis=2)
    values = np.concatenate([v_cache, v], axis=2)
    scores = q @ keys.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    return merge_heads(softmax(scores) @ values) @ W_o, keys, values


def decode(x, W_q, W_k, W_v, W_o, n_heads, prompt_len=1):
    out, k_cache, v_cache = prefill(x[:, :prompt_len], W_q, W_k, W_v, W_o, n_heads)
    outputs = [out]
    for t in range(prompt_len, x.shape[1]):
        out, k_cache, v_cache = decode_step(x[:, t : t + 1], k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads)
        outputs.append(out)
    return np.concatenate(outputs, axis=1)
