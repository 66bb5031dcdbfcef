"""The mask is inverted: True/1 means the query may attend to that key, False/0 means blocked."""

import numpy as np


def masked_softmax(scores, mask):
    if mask is None:
        return softmax(scores)  # noqa: F821  (the reference's)
    allowed = np.broadcast_to(~np.asarray(mask).astype(bool), scores.shape)
    return softmax(np.where(allowed, scores, np.finfo(scores.dtype).min)) * allowed  # noqa: F821
