"""Top-k keeps k + 1 tokens (an off-by-one in the slice or the threshold index): keep exactly the top_k
highest-ranked tokens."""

import numpy as np


def top_k_mask(z, k):
    keep = np.zeros(z.shape, dtype=bool)
    np.put_along_axis(keep, ranking(z)[:, : k + 1], True, axis=1)  # noqa: F821  (the reference's)
    return keep
