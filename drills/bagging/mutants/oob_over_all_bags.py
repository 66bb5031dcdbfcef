"""The out-of-bag mask is computed once over all bootstrap samples together (out of every bag) and
repeated for each estimator; it is per estimator: mask[e, i] is True when i is missing from row e."""

import numpy as np


def oob_mask(indices, n):
    never_drawn = ~np.isin(np.arange(n), indices)
    return np.broadcast_to(never_drawn, (indices.shape[0], n)).copy()
