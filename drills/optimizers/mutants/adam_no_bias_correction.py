"""Adam's moments are used without bias correction: divide by (1 − beta1^t) and (1 − beta2^t) before the
step, or the first steps are far too small (m and v start at 0)."""

import numpy as np


def adam_direction(g, m, v, t, beta1, beta2, eps):
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g * g
    return m, v, m / (np.sqrt(v) + eps)
