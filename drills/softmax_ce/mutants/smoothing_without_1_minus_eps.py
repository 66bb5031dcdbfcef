"""The smoothed target adds ε/C to the one-hot label without scaling the label by (1 − ε), so the target
no longer sums to 1: it is (1 − ε)·onehot + ε/C."""

import numpy as np


def smoothed_targets(y, classes, keep, label_smoothing):
    target = np.full((y.shape[0], classes), label_smoothing / classes)
    rows = np.flatnonzero(keep)
    target[rows, y[rows]] += 1.0
    return target
