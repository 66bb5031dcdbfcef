"""The softmax does not subtract the maximum: exp of logits like 1e4 overflows to inf (and exp(−1e4)
underflows to 0), giving nan. Subtract each row's maximum over the kept tokens before exp."""

import numpy as np


def masked_softmax(z, keep):
    e = np.where(keep, np.exp(z), 0.0)
    return e / np.sum(e, axis=-1, keepdims=True)
