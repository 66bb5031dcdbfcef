"""The causal mask lets each position see the future: it must be True on and below the diagonal
(np.tril), not above it."""

import numpy as np


def causal_mask(n):
    return np.triu(np.ones((n, n), dtype=bool))
