"""GELU, SiLU and the SwiGLU feed-forward layer: fill in the three functions (numpy and math only)."""

import math  # noqa: F401  (math.erf is allowed; numpy has no erf)

import numpy as np


def gelu(x, approximate="none"):
    """GELU element-wise, PyTorch's conventions.

    approximate="none": 0.5·x·(1 + erf(x / sqrt(2))), erf to double precision (math.erf, vectorised).
    approximate="tanh": 0.5·x·(1 + tanh(sqrt(2/pi)·(x + 0.044715·x³))).
    Returns a float64 array of x's shape.
    """
    raise NotImplementedError


def silu(x):
    """SiLU (swish) element-wise: x·sigmoid(x); no overflow or warning for |x| up to 1000 and beyond."""
    raise NotImplementedError


def swiglu_ffn(x, W_gate, W_up, W_down):
    """(silu(x @ W_gate) * (x @ W_up)) @ W_down.

    x: (..., D); W_gate, W_up: (D, F); W_down: (F, D). Returns (..., D).
    """
    raise NotImplementedError


if __name__ == "__main__":
    print(gelu(np.linspace(-3, 3, 7)), gelu(np.linspace(-3, 3, 7), approximate="tanh"))
