"""Tied scores count 0 instead of ½: AUC is P(score of a positive > score of a negative) + ½·P(equal).
Counting only strictly greater pairs (or ranking with ties broken to the lower rank) under-counts."""

import numpy as np


def roc_auc(y, scores):
    pos, neg = scores[y == 1], np.sort(scores[y == 0])
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    below = np.searchsorted(neg, pos, side="left")
    return float(below.sum() / (len(pos) * len(neg)))
