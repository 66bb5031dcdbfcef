"""A correct solution with explicit loops over the batch, −inf masking and a guard for fully blocked rows."""

import math

import numpy as np


def softmax(x, axis=-1):
    x = np.moveaxis(np.asarray(x, dtype=float), axis, -1)
    m = np.max(x, axis=-1, keepdims=True)
    e = np.exp(x - m)
    return np.moveaxis(e / e.sum(axis=-1, keepdims=True), -1, axis)


def _attend_2d(q, k, v, allowed):
    scores = q @ k.T / math.sqrt(q.shape[-1])
    weights = np.zeros_like(scores)
    for i in range(scores.shape[0]):
        keys = allowed[i]
        if keys.any():
            weights[i, keys] = softmax(scores[i, keys])
    return weights @ v, weights


def scaled_dot_product_attention(Q, K, V, mask=None):
    batch = Q.shape[:-2]
    n_q, n_k = Q.shape[-2], K.shape[-2]
    allowed = np.ones((*batch, n_q, n_k), dtype=bool)
    if mask is not None:
        allowed = np.broadcast_to(np.asarray(mask) != 0, allowed.shape)
    out = np.empty((*batch, n_q, V.shape[-1]))
    weights = np.empty((*batch, n_q, n_k))
    for idx in np.ndindex(*batch):
        out[idx], weights[idx] = _attend_2d(Q[idx], K[idx], V[idx], allowed[idx])
    return out, weights


def causal_mask(n):
    return np.array([[j <= i for j in range(n)] for i in range(n)], dtype=bool)


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, mask=None):
    batch, seq, d_model = x.shape
    d_head = d_model // num_heads
    split = [(x @ W).reshape(batch, seq, num_heads, d_head).swapaxes(1, 2) for W in (W_q, W_k, W_v)]
    heads, _ = scaled_dot_product_attention(*split, mask=mask)
    return heads.swapaxes(1, 2).reshape(batch, seq, d_model) @ W_o
