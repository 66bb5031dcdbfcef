"""entropy takes frequencies from np.bincount(y), which has zeros for labels that do not occur (0, 1, 3, 4
… for labels {2, 5, 9}), and 0·log 0 gives nan; sum only over the classes that occur
(np.unique(y, return_counts=True), or drop the zero counts)."""

import numpy as np


def entropy(y):
    p = np.bincount(y) / len(y)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-np.sum(p * np.log2(p)))
