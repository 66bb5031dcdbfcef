"""The scores are divided by d_k instead of √d_k."""

import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    weights = masked_softmax(Q @ np.swapaxes(K, -1, -2) / Q.shape[-1], mask)  # noqa: F821
    return weights @ V, weights
