"""The sigmoid is computed as 1 / (1 + exp(−x)), which overflows (with a warning) for large negative x.
Use exp(−|x|), which never exceeds 1, on each side of 0, or 0.5·(1 + tanh(x/2))."""

import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))
