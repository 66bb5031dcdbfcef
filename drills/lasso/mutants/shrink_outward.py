"""The soft-threshold moves away from zero (sign(a)·(|a| + t)) instead of toward it: it shrinks,
S(a, t) = sign(a)·max(|a| − t, 0)."""

import numpy as np


def soft_threshold(a, t):
    return np.sign(a) * (abs(a) + t)
