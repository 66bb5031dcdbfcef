"""A correct solution in another style: a hand-written erf (Taylor series below 3, a continued fraction for
erfc above), and SiLU through log-sum-exp (σ(z) = exp(−log(1 + e^(−z))) with np.logaddexp)."""

import math

import numpy as np


def erf(t):
    t = np.asarray(t, dtype=np.float64)
    a = np.abs(t)
    # Taylor series on |t| ≤ 3: 2/√π Σ (−1)ⁿ t^(2n+1) / (n! (2n+1)).
    small = np.minimum(a, 3.0)
    total = np.zeros_like(small)
    term = small.copy()
    for n in range(120):
        total += term / (2 * n + 1)
        term = term * (-small * small) / (n + 1)
    near = 2 / math.sqrt(math.pi) * total
    # Continued fraction on |t| ≥ 3: erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …)))).
    big = np.maximum(a, 3.0)
    f = big.copy()
    for k in range(80, 0, -1):
        f = big + (k / 2) / f
    far = 1.0 - np.exp(-big * big) / (math.sqrt(math.pi) * f)
    return np.sign(t) * np.where(a < 3.0, near, far)


def gelu(x, approximate="none"):
    if approximate == "none":
        return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))
    c = math.sqrt(2.0 / math.pi)
    return 0.5 * x * (1.0 + np.tanh(c * (x + 0.044715 * np.power(x, 3))))


def silu(x):
    return x * np.exp(-np.logaddexp(0.0, -x))


def swiglu_ffn(x, W_gate, W_up, W_down):
    hidden = silu(np.matmul(x, W_gate)) * np.matmul(x, W_up)
    return np.matmul(hidden, W_down)
