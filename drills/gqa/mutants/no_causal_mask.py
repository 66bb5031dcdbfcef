"""The causal mask is missing: with causal=True (the default) position i may attend only to keys j ≤ i."""

import numpy as np


def attend(q, k, v, causal):
    return softmax(q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])) @ v  # noqa: F821
