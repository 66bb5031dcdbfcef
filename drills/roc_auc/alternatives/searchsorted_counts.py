"""A correct solution in another style: the pair-count formula evaluated with binary search — for each
positive, the negatives strictly below it plus half the negatives equal to it — and the curve from
searchsorted counts at each distinct threshold."""

import numpy as np


def roc_auc(y, scores):
    pos = scores[y == 1]
    neg = np.sort(scores[y == 0])
    if pos.size == 0 or neg.size == 0:
        return float("nan")
    below = np.searchsorted(neg, pos, side="left")
    at_or_below = np.searchsorted(neg, pos, side="right")
    return float((below + at_or_below).sum() / (2.0 * pos.size * neg.size))


def roc_curve(y, scores):
    thresholds = np.unique(scores)[::-1]
    pos = np.sort(scores[y == 1])
    neg = np.sort(scores[y == 0])
    # samples with score >= t: all of them minus those strictly below t
    tps = pos.size - np.searchsorted(pos, thresholds, side="left")
    fps = neg.size - np.searchsorted(neg, thresholds, side="left")
    tpr = np.r_[0.0, tps / pos.size] if pos.size else np.full(thresholds.size + 1, np.nan)
    fpr = np.r_[0.0, fps / neg.size] if neg.size else np.full(thresholds.size + 1, np.nan)
    return fpr, tpr, np.r_[np.inf, thresholds]


def precision_recall_f1(y_true, y_pred):
    tp = np.count_nonzero(y_true & y_pred)
    predicted = np.count_nonzero(y_pred)
    actual = np.count_nonzero(y_true)
    precision = tp / predicted if predicted else 0.0
    recall = tp / actual if actual else 0.0
    f1 = 2 * tp / (predicted + actual) if predicted + actual else 0.0
    return float(precision), float(recall), float(f1)
