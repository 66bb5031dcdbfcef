"""The prompt is attended without a causal mask, so prompt positions see later ones. Position i may attend
only to 0…i: set the scores of keys j > i to −inf before the softmax."""

import numpy as np


def prefill(x, W_q, W_k, W_v, W_o, n_heads):
    q, k, v = (split_heads(x @ W, n_heads) for W in (W_q, W_k, W_v))  # noqa: F821  (the reference's)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
    return merge_heads(softmax(scores) @ v) @ W_o, k, v  # noqa: F821
