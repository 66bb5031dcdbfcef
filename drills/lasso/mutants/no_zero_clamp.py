"""The soft-threshold is a − t·sign(a) without the clamp at zero: when |a| < t it flips the sign instead
of returning 0. S(a, t) = sign(a)·max(|a| − t, 0), which is exactly 0.0 for |a| ≤ t."""

import numpy as np


def soft_threshold(a, t):
    return a - t * np.sign(a)
