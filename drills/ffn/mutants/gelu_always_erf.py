"""GELU ignores approximate="tanh" and always uses erf: with approximate="tanh" it must be
0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))."""

import math

import numpy as np


def gelu(x, approximate="none"):
    return 0.5 * x * (1.0 + np.vectorize(math.erf, otypes=[float])(x / math.sqrt(2.0)))
