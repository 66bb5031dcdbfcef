"""The curve runs from the lowest threshold up (thresholds increasing, ending at +inf); scikit-learn's
order is decreasing: thresholds[0] = +inf with fpr = tpr = 0, then the distinct scores from high to low."""

import numpy as np


def roc_curve(y, scores):
    fps, tps, distinct = counts_above(y, scores)  # noqa: F821  (the reference's)
    fpr, tpr = rates(np.r_[0.0, fps], np.r_[0.0, tps])  # noqa: F821
    return fpr[::-1], tpr[::-1], np.r_[np.inf, distinct][::-1]
