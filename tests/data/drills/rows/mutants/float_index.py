"""The indices come back as floats; an index is an integer."""

import numpy as np


def argmax_rows(X):
    return np.argmax(X, axis=1).astype(np.float64)
