"""The softmax runs over the queries (axis −2): each query's weights must sum to 1 over the keys, the last
axis."""

import numpy as np


def softmax(x):
    e = np.exp(x - x.max(axis=-2, keepdims=True))
    return e / e.sum(axis=-2, keepdims=True)
