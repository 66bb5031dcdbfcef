"""The tanh GELU is missing the cubic term: it is tanh(√(2/π)·(x + 0.044715·x³)), not tanh(√(2/π)·x)."""

import math

import numpy as np


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * x))
    return 0.5 * x * (1.0 + np.vectorize(math.erf, otypes=[float])(x / math.sqrt(2.0)))
