"""log-softmax subtracts log Σ exp(z − m) from z but forgets the maximum m itself: logsumexp(z) is
m + log Σ exp(z − m), so log-softmax is z − m − log Σ exp(z − m)."""

import numpy as np


def log_softmax(z):
    m = np.max(z, axis=-1, keepdims=True)
    return z - np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
