"""A tie goes to the last index of the maximum; it must go to the first (lowest) one."""

import numpy as np


def argmax_rows(X):
    return X.shape[1] - 1 - np.argmax(X[:, ::-1], axis=1)
