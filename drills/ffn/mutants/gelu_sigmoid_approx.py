"""The tanh GELU is computed as x·σ(1.702·x) (the "quick GELU" of CLIP); approximate="tanh" means
0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))."""

import math

import numpy as np


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return x * sigmoid(1.702 * x)  # noqa: F821  (the reference's)
    return 0.5 * x * (1.0 + np.vectorize(math.erf, otypes=[float])(x / math.sqrt(2.0)))
