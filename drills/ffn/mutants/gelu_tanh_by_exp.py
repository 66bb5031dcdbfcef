"""tanh is written by hand as (e^(2u) − 1) / (e^(2u) + 1), which overflows to inf / inf = nan for large
inputs. Use np.tanh, which saturates to ±1."""

import math

import numpy as np


def gelu(x, approximate="none"):
    if approximate == "tanh":
        u = math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)
        e = np.exp(2.0 * u)
        return 0.5 * x * (1.0 + (e - 1.0) / (e + 1.0))
    return 0.5 * x * (1.0 + np.vectorize(math.erf, otypes=[float])(x / math.sqrt(2.0)))
