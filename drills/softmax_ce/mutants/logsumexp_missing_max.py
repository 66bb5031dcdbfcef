"""log_softmax subtracts log Σ exp(z − m) from z but forgets the maximum m itself: logsumexp(z) is
m + log Σ exp(z − m), so the result is z − m − log Σ exp(z − m)."""

import numpy as np


def log_softmax(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return z - np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))
