"""The ignored rows are found with y != −100 instead of y != ignore_index: a call with another
ignore_index (−1, or a class id like 2) must ignore the rows with that label."""

import numpy as np


def cross_entropy(logits, y, ignore_index=-100, label_smoothing=0.0):
    c = logits.shape[1]
    keep = y != -100
    m = int(keep.sum())
    if m == 0:
        return 0.0, np.zeros_like(logits)
    target = smoothed_targets(y, c, keep, label_smoothing)  # noqa: F821  (the reference's)
    per_row = -np.sum(target * log_softmax(logits, axis=1), axis=1)  # noqa: F821
    loss = float(np.sum(per_row[keep]) / m)
    dlogits = (softmax(logits, axis=1) - target) * keep[:, None] / m  # noqa: F821
    return loss, dlogits
