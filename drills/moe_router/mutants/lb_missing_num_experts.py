"""The load-balancing loss is missing its factor E: loss = E · Σ_i f_i · P_i, which is 1 for perfectly
balanced routing whatever the number of experts."""

import numpy as np


def load_balancing_loss(x, W_router, k):
    logits = x @ W_router
    t, e = logits.shape
    f = np.bincount(top_k(logits, k).ravel(), minlength=e) / (t * k)  # noqa: F821  (the reference's)
    p = softmax(logits, axis=1).mean(axis=0)  # noqa: F821
    return float(np.sum(f * p))
