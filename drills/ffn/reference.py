"""Reference solution: GELU (exact and tanh), a stable SiLU, and the SwiGLU feed-forward layer."""

import math

import numpy as np

_erf = np.vectorize(math.erf, otypes=[float])


def gelu(x, approximate="none"):
    x = np.asarray(x, dtype=np.float64)
    if approximate == "tanh":
        return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)))
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


def sigmoid(z):
    """σ(z) from exp(−|z|), which never overflows."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def silu(x):
    x = np.asarray(x, dtype=np.float64)
    return x * sigmoid(x)


def swiglu_ffn(x, W_gate, W_up, W_down):
    return (silu(x @ W_gate) * (x @ W_up)) @ W_down
