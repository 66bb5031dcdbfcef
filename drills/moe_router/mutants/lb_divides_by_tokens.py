"""f_i is divided by T, the number of tokens, instead of T·k, the number of routed assignments (that is
Hugging Face's Mixtral variant, k times the value asked for): with k ≥ 2 the fractions must sum to 1."""

import numpy as np


def load_balancing_loss(x, W_router, k):
    logits = x @ W_router
    t, e = logits.shape
    f = np.bincount(top_k(logits, k).ravel(), minlength=e) / t  # noqa: F821  (the reference's)
    p = softmax(logits, axis=1).mean(axis=0)  # noqa: F821
    return float(e * np.sum(f * p))
