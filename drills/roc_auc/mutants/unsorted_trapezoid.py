"""The AUC is the trapezoid area under a curve built from the samples in their given order: the
cumulative true and false positives only trace the ROC curve after sorting by decreasing score."""

import numpy as np


def roc_auc(y, scores):
    n_pos = int(np.sum(y == 1))
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    tpr = np.r_[0.0, np.cumsum(y == 1) / n_pos]
    fpr = np.r_[0.0, np.cumsum(y == 0) / n_neg]
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2.0))
