"""A correct solution with plain Python loops after one sort (still O(n log n)): the AUC walks the scores
from low to high group by group, counting negatives strictly below and tied with each positive; the curve
walks them from high to low."""

import math

import numpy as np


def roc_auc(y, scores):
    pairs = sorted(zip(scores.tolist(), y.tolist(), strict=True))
    n_pos = sum(label for _, label in pairs)
    n_neg = len(pairs) - n_pos
    if n_pos == 0 or n_neg == 0:
        return math.nan
    total = 0.0
    negatives_below = 0
    i = 0
    while i < len(pairs):
        j = i
        pos_here = neg_here = 0
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            pos_here += pairs[j][1]
            neg_here += 1 - pairs[j][1]
            j += 1
        total += pos_here * (negatives_below + 0.5 * neg_here)
        negatives_below += neg_here
        i = j
    return total / (n_pos * n_neg)


def roc_curve(y, scores):
    order = sorted(range(len(scores)), key=lambda k: -scores[k])
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    thresholds, tps, fps = [math.inf], [0], [0]
    tp = fp = 0
    for rank, k in enumerate(order):
        if y[k] == 1:
            tp += 1
        else:
            fp += 1
        if rank == len(order) - 1 or scores[order[rank + 1]] != scores[k]:
            thresholds.append(float(scores[k]))
            tps.append(tp)
            fps.append(fp)
    fpr = [f / n_neg if n_neg else math.nan for f in fps]
    tpr = [t / n_pos if n_pos else math.nan for t in tps]
    return np.array(fpr), np.array(tpr), np.array(thresholds)


def precision_recall_f1(y_true, y_pred):
    tp = fp = fn = 0
    for truth, guess in zip(y_true.tolist(), y_pred.tolist(), strict=True):
        tp += truth == 1 and guess == 1
        fp += truth == 0 and guess == 1
        fn += truth == 1 and guess == 0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
