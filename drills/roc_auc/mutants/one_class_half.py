"""With only one class present the AUC is returned as 0.5; there are no positive-negative pairs, so it is
undefined and the function must return nan."""

import numpy as np


def roc_auc(y, scores):
    n_pos = int(np.sum(y == 1))
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return 0.5
    u = average_ranks(scores)[y == 1].sum() - n_pos * (n_pos + 1) / 2.0  # noqa: F821  (the reference's)
    return float(u / (n_pos * n_neg))
