"""The returned caches are the old ones: return the grown caches (B, H, S + 1, dh) with the new token's key
and value at position S, or the next step will not see this token."""


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    q = split_heads(x_t @ W_q, n_heads)  # noqa: F821  (the reference's)
    k_all = append(k_cache, split_heads(x_t @ W_k, n_heads))  # noqa: F821
    v_all = append(v_cache, split_heads(x_t @ W_v, n_heads))  # noqa: F821
    return merge_heads(attend(q, k_all, v_all)) @ W_o, k_cache, v_cache  # noqa: F821
