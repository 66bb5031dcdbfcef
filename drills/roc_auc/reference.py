"""Reference solution: ROC AUC by ranks, the ROC curve, and precision / recall / F1."""

import numpy as np


def average_ranks(scores):
    """1-based ranks in increasing order of score; tied scores share the mean of the ranks they span."""
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    last = np.cumsum(counts)
    return (last - (counts - 1) / 2.0)[inverse]


def roc_auc(y, scores):
    n_pos = int(np.sum(y == 1))
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    u = average_ranks(scores)[y == 1].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))


def counts_above(y, scores):
    """For each distinct score t, in decreasing order: the false and true positives among scores >= t."""
    order = np.argsort(-scores, kind="stable")
    s = scores[order]
    positive = (y[order] == 1).astype(np.float64)
    # The last position of each run of equal scores: the whole run is at or above its threshold.
    ends = np.r_[np.flatnonzero(s[1:] != s[:-1]), len(s) - 1]
    return np.cumsum(1.0 - positive)[ends], np.cumsum(positive)[ends], s[ends]


def rates(fps, tps):
    """fps / N and tps / P, all nan when the class is absent (0/0)."""
    n_neg, n_pos = fps[-1], tps[-1]
    fpr = fps / n_neg if n_neg > 0 else np.full(len(fps), np.nan)
    tpr = tps / n_pos if n_pos > 0 else np.full(len(tps), np.nan)
    return fpr, tpr


def roc_curve(y, scores):
    fps, tps, distinct = counts_above(y, scores)
    fpr, tpr = rates(np.r_[0.0, fps], np.r_[0.0, tps])
    return fpr, tpr, np.r_[np.inf, distinct]


def precision_recall_f1(y_true, y_pred):
    tp = float(np.sum((y_true == 1) & (y_pred == 1)))
    fp = float(np.sum((y_true == 0) & (y_pred == 1)))
    fn = float(np.sum((y_true == 1) & (y_pred == 0)))
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn > 0 else 0.0
    return precision, recall, f1
