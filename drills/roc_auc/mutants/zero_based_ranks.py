"""The ranks start at 0 (straight from argsort) while the formula subtracts P(P+1)/2, which assumes ranks
starting at 1: the AUC comes out 1/N too low. Use 1-based ranks (or subtract P(P−1)/2 for 0-based ones)."""

import numpy as np


def roc_auc(y, scores):
    n_pos = int(np.sum(y == 1))
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = average_ranks(scores) - 1.0  # noqa: F821  (the reference's)
    u = ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))
