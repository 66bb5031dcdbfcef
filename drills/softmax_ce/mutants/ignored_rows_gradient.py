"""Ignored rows get a nonzero gradient (their softmax, or softmax − ε/C): a row that is left out of the loss
does not affect it, so its row of dlogits must be all zeros."""

import numpy as np


def cross_entropy(logits, y, ignore_index=-100, label_smoothing=0.0):
    c = logits.shape[1]
    keep = y != ignore_index
    m = int(keep.sum())
    if m == 0:
        return 0.0, np.zeros_like(logits)
    target = smoothed_targets(y, c, keep, label_smoothing)  # noqa: F821  (the reference's)
    per_row = -np.sum(target * log_softmax(logits, axis=1), axis=1)  # noqa: F821
    loss = float(np.sum(per_row[keep]) / m)
    dlogits = (softmax(logits, axis=1) - target) / m  # noqa: F821
    return loss, dlogits
