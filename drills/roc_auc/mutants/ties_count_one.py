"""Tied scores count 1 instead of ½: AUC is P(score of a positive > score of a negative) + ½·P(equal).
Counting pairs with score_pos ≥ score_neg over-counts the ties."""

import numpy as np


def roc_auc(y, scores):
    pos, neg = scores[y == 1], np.sort(scores[y == 0])
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    at_or_below = np.searchsorted(neg, pos, side="right")
    return float(at_or_below.sum() / (len(pos) * len(neg)))
