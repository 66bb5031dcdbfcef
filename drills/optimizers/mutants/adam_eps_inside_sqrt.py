"""Adam adds eps inside the square root, √(v̂ + eps); PyTorch adds it outside: m̂ / (√v̂ + eps)."""

import numpy as np


def adam_direction(g, m, v, t, beta1, beta2, eps):
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g * g
    m_hat = m / (1.0 - beta1**t)
    v_hat = v / (1.0 - beta2**t)
    return m, v, m_hat / np.sqrt(v_hat + eps)
