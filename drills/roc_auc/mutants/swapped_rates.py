"""fpr and tpr are swapped: the first output is the false positive rate FP/N (negatives scored at or
above the threshold), the second the true positive rate TP/P."""

import numpy as np


def roc_curve(y, scores):
    fps, tps, distinct = counts_above(y, scores)  # noqa: F821  (the reference's)
    fpr, tpr = rates(np.r_[0.0, fps], np.r_[0.0, tps])  # noqa: F821
    return tpr, fpr, np.r_[np.inf, distinct]
