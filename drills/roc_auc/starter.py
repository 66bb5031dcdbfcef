"""ROC AUC, the ROC curve and precision / recall / F1 from scratch: fill in the three functions (numpy only)."""

import numpy as np


def roc_auc(y, scores):
    """AUC = P(score of a positive > score of a negative) + ½·P(equal), over all positive-negative pairs.

    y: (n,) int64 labels in {0, 1} (1 = positive); scores: (n,) float64. Returns a float; nan when only
    one class is present. Must run in O(n log n) (use ranks, not a loop over pairs).
    """
    raise NotImplementedError


def roc_curve(y, scores):
    """-> (fpr, tpr, thresholds), each (k + 1,) float64, k = number of distinct scores.

    thresholds[0] = np.inf, then the distinct scores in decreasing order; a sample is predicted positive
    when score >= threshold; fpr = FP / N, tpr = TP / P (all nan when that class is absent).
    """
    raise NotImplementedError


def precision_recall_f1(y_true, y_pred):
    """-> (precision, recall, f1) floats for binary 0/1 labels; any 0/0 is 0.0."""
    raise NotImplementedError


if __name__ == "__main__":
    y = np.array([0, 1, 1, 0, 1, 0])
    scores = np.array([0.1, 0.4, 0.4, 0.4, 0.9, 0.05])
    print(roc_auc(y, scores))  # 0.8333...
    print(roc_curve(y, scores))
    print(precision_recall_f1(y, (scores >= 0.4).astype(int)))
