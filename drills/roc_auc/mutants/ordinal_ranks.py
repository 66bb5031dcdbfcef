"""The ranks are not averaged over ties: argsort(argsort(scores)) gives tied scores different ranks in
whatever order they happen to appear, so ties count 0 or 1 at random. Tied scores must share the average
of the ranks they span (each positive-negative tie then counts ½)."""

import numpy as np


def roc_auc(y, scores):
    n_pos = int(np.sum(y == 1))
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = np.argsort(np.argsort(scores)) + 1.0
    u = ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))
