"""The ranks go from the highest score down (rank 1 = highest), which computes P(negative > positive),
i.e. 1 − AUC. Rank in increasing order of score: the lowest score gets rank 1."""

import numpy as np


def roc_auc(y, scores):
    n_pos = int(np.sum(y == 1))
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    u = average_ranks(-scores)[y == 1].sum() - n_pos * (n_pos + 1) / 2.0  # noqa: F821  (the reference's)
    return float(u / (n_pos * n_neg))
