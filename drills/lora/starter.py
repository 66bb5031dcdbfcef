"""LoRA (low-rank adaptation): fill in the three functions (numpy only)."""

import numpy as np


def lora_forward(x, W, A, B, alpha):
    """x @ W + (alpha / r) * x @ A @ B.

    x: (..., d_in), any number of leading dims (none too); W: (d_in, d_out); A: (d_in, r); B: (r, d_out);
    r = A.shape[1]. Returns (..., d_out).
    """
    raise NotImplementedError


def lora_merge(W, A, B, alpha):
    """The merged weight W + (alpha / r) * A @ B, shape (d_in, d_out), as a new array (W is not modified)."""
    raise NotImplementedError


def lora_init(d_in, d_out, r, rng):
    """g = np.random.default_rng(rng); A = g.normal(0.0, 1.0 / r, size=(d_in, r)); B = zeros (r, d_out).

    Returns (A, B).
    """
    raise NotImplementedError


if __name__ == "__main__":
    A, B = lora_init(4, 3, 2, 0)
    W = np.arange(12.0).reshape(4, 3)
    print(lora_forward(np.ones((2, 4)), W, A, B, alpha=16))
