"""−log σ(x) is computed as −log(σ(x)) with σ(x) = 1 / (1 + e^(−x)): for x below about −709 e^(−x) overflows
and σ rounds to 0, so the loss becomes inf (or nan, e.g. 0 · inf when ε = 0). Use np.logaddexp(0, −x), which is
finite for any x."""

import numpy as np


def neg_log_sigmoid(x):
    return -np.log(1.0 / (1.0 + np.exp(-x)))
