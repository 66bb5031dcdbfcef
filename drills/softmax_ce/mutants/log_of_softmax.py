"""log_softmax is computed as log(softmax(z)): where a probability rounds to exactly 0 (a logit far below
the maximum) the log is −inf instead of a finite number like −2e4. Use z − m − log Σ exp(z − m) with m the
maximum along the axis."""

import numpy as np


def log_softmax(z, axis=-1):
    return np.log(softmax(z, axis=axis))  # noqa: F821  (the reference's)
