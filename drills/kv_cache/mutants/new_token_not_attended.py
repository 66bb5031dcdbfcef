"""The new token attends only to the old cache, not to itself: its own key and value must be appended
first, and the query attends over all S + 1 positions (with S = 0 there is nothing else to attend to)."""


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    q = split_heads(x_t @ W_q, n_heads)  # noqa: F821  (the reference's)
    out = merge_heads(attend(q, k_cache, v_cache)) @ W_o  # noqa: F821
    k_cache = append(k_cache, split_heads(x_t @ W_k, n_heads))  # noqa: F821
    v_cache = append(v_cache, split_heads(x_t @ W_v, n_heads))  # noqa: F821
    return out, k_cache, v_cache
