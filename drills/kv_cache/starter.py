"""KV-cache decoding: fill in decode_step and decode (numpy only)."""

import numpy as np


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    """One step of autoregressive multi-head self-attention with a KV cache.

    x_t: (B, 1, D), the new token; k_cache, v_cache: (B, H, S, dh), the keys and values of the S earlier
    tokens (S may be 0); W_q, W_k, W_v, W_o: (D, D), used as x @ W; H = n_heads, dh = D // H, head h is
    columns h*dh:(h+1)*dh. Appends the new token's key and value at position S and attends over all
    S + 1 positions (scale 1/sqrt(dh)). Returns (y_t (B, 1, D), new k_cache (B, H, S+1, dh),
    new v_cache (B, H, S+1, dh)); the input caches stay unchanged.
    """
    raise NotImplementedError


def decode(x, W_q, W_k, W_v, W_o, n_heads):
    """Feed x (B, T, D) to decode_step one token at a time, starting from empty caches (B, H, 0, dh) and
    passing the returned caches to the next step. Returns the T outputs as (B, T, D)."""
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x = rng.normal(size=(1, 4, 8))
    W_q, W_k, W_v, W_o = (rng.normal(size=(8, 8)) / 3 for _ in range(4))
    print(decode(x, W_q, W_k, W_v, W_o, n_heads=2))
