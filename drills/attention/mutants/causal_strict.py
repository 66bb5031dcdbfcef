"""The causal mask leaves out the diagonal: position i may attend to itself, so keep k = 0 in np.tril."""

import numpy as np


def causal_mask(n):
    return np.tril(np.ones((n, n), dtype=bool), k=-1)
