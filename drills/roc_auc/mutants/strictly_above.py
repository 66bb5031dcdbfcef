"""The rates count the samples strictly above each threshold (score > t); a sample is predicted positive
when its score is at or above the threshold (score ≥ t), so the curve ends at (1, 1) at the lowest score."""

import numpy as np


def roc_curve(y, scores):
    fps, tps, distinct = counts_above(y, scores)  # noqa: F821  (the reference's)
    fpr, tpr = rates(np.r_[0.0, 0.0, fps[:-1]], np.r_[0.0, 0.0, tps[:-1]])  # noqa: F821
    return fpr, tpr, np.r_[np.inf, distinct]
