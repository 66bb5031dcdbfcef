"""The output projection is missing: after merging the heads, multiply by W_o."""


def decode_step(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads):
    q = split_heads(x_t @ W_q, n_heads)  # noqa: F821  (the reference's)
    k_cache = append(k_cache, split_heads(x_t @ W_k, n_heads))  # noqa: F821
    v_cache = append(v_cache, split_heads(x_t @ W_v, n_heads))  # noqa: F821
    return merge_heads(attend(q, k_cache, v_cache)), k_cache, v_cache  # noqa: F821
