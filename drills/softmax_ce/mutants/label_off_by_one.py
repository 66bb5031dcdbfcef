"""The one-hot puts the 1 at column y − 1 (as if the labels started at 1): labels are 0-based, class y is
column y."""

import numpy as np


def smoothed_targets(y, classes, keep, label_smoothing):
    target = np.full((y.shape[0], classes), label_smoothing / classes)
    rows = np.flatnonzero(keep)
    target[rows, y[rows] - 1] += 1.0 - label_smoothing
    return target
