"""P_i is averaged from the renormalised top-k gate weights (0 for unselected experts): P_i is the mean
over tokens of the softmax over all E experts."""

import numpy as np


def load_balancing_loss(x, W_router, k):
    expert_idx, weights = route(x, W_router, k)  # noqa: F821  (the reference's)
    t, e = x.shape[0], W_router.shape[1]
    f = np.bincount(expert_idx.ravel(), minlength=e) / (t * k)
    dense = np.zeros((t, e))
    np.put_along_axis(dense, expert_idx, weights, axis=1)
    return float(e * np.sum(f * dense.mean(axis=0)))
