"""GELU always uses the tanh approximation. The default, approximate="none", is the exact form
0.5·x·(1 + erf(x / √2)); the tanh form is only for approximate="tanh"."""

import math

import numpy as np


def gelu(x, approximate="none"):
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)))
