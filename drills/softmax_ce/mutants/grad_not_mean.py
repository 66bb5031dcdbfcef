"""The gradient is not divided by M: the loss is a mean over the kept rows, so its gradient is
(softmax − target) / M, not the per-row sum."""

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
    dlogits = (softmax(logits, axis=1) - target) * keep[:, None]  # noqa: F821
    return loss, dlogits
