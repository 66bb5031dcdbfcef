"""The bias correction uses t + 1 (t is incremented before use, as in an optimizer object that counts its
own steps): here t already counts the step being taken, so m̂ = m / (1 − beta1^t) and v̂ = v / (1 − beta2^t)."""

import numpy as np


def adam_direction(g, m, v, t, beta1, beta2, eps):
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g * g
    m_hat = m / (1.0 - beta1 ** (t + 1))
    v_hat = v / (1.0 - beta2 ** (t + 1))
    return m, v, m_hat / (np.sqrt(v_hat) + eps)
