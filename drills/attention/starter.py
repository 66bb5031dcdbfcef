"""Scaled dot-product and multi-head attention: fill in the four functions (numpy only)."""

import numpy as np


def softmax(x, axis=-1):
    """Softmax along `axis`; stable for large inputs (no overflow, no nan)."""
    raise NotImplementedError


def scaled_dot_product_attention(Q, K, V, mask=None):
    """softmax(Q K^T / sqrt(d_k)) V over the keys.

    Q: (..., n_q, d_k); K: (..., n_k, d_k); V: (..., n_k, d_v); any leading batch dims.
    mask: None, or bool / 0-1 broadcastable to (..., n_q, n_k); True/1 = may attend, applied before the
    softmax. A query with every key blocked gets all-zero weights and a zero output row.
    Returns (output (..., n_q, d_v), weights (..., n_q, n_k)).
    """
    raise NotImplementedError


def causal_mask(n):
    """(n, n) bool array, True on and below the diagonal."""
    raise NotImplementedError


def multi_head_attention(x, W_q, W_k, W_v, W_o, num_heads, mask=None):
    """Multi-head self-attention.

    x: (batch, seq, d_model); W_q, W_k, W_v, W_o: (d_model, d_model), used as x @ W.
    Head h uses columns h*d_head:(h+1)*d_head, d_head = d_model // num_heads; heads are concatenated in
    order, then @ W_o. mask: broadcastable to (batch, num_heads, seq, seq).
    Returns (batch, seq, d_model).
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    Q, K, V = rng.normal(size=(4, 8)), rng.normal(size=(6, 8)), rng.normal(size=(6, 3))
    print(scaled_dot_product_attention(Q, K, V))
