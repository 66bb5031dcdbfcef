"""F1 is the arithmetic mean (P + R) / 2; it is the harmonic mean 2PR / (P + R) = 2TP / (2TP + FP + FN)."""


def precision_recall_f1(y_true, y_pred):
    tp = float(((y_true == 1) & (y_pred == 1)).sum())
    fp = float(((y_true == 0) & (y_pred == 1)).sum())
    fn = float(((y_true == 1) & (y_pred == 0)).sum())
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    return precision, recall, (precision + recall) / 2.0
