"""The MLP uses the exact (erf) GELU. GPT-2 uses the tanh approximation ("gelu_new"):
0.5·u·(1 + tanh(√(2/π)·(u + 0.044715·u³)))."""

import math

import numpy as np


def gelu_tanh(x):
    return 0.5 * x * (1.0 + np.vectorize(math.erf, otypes=[float])(x / math.sqrt(2.0)))
