"""The loss and gradient are divided by N, all the rows, instead of M, the rows that are not ignored:
ignored rows must be left out of the count as well as the sum."""

import numpy as np


def cross_entropy(logits, y, ignore_index=-100, label_smoothing=0.0):
    n, c = logits.shape
    keep = y != ignore_index
    target = smoothed_targets(y, c, keep, label_smoothing)  # noqa: F821  (the reference's)
    per_row = -np.sum(target * log_softmax(logits, axis=1), axis=1)  # noqa: F821
    loss = float(np.sum(per_row[keep]) / n)
    dlogits = (softmax(logits, axis=1) - target) * keep[:, None] / n  # noqa: F821
    return loss, dlogits
