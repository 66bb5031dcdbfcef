"""Rotary position embedding (RoPE) from scratch: fill in the function (numpy only)."""

import numpy as np


def rope(x, positions, base=10000.0):
    """Rotate x (..., T, d) by its positions, rotate-half layout (GPT-NeoX / Hugging Face LLaMA).

    positions: (T,) ints, the position of each row along the T axis. d is even. Pair (i, i + d/2) of row
    t is rotated counter-clockwise by the angle positions[t] * base**(-2i/d):
        out[..., i]        = x[..., i] * cos - x[..., i + d/2] * sin
        out[..., i + d/2]  = x[..., i + d/2] * cos + x[..., i] * sin
    Returns a new float64 array of x's shape.
    """
    raise NotImplementedError


if __name__ == "__main__":
    x = np.random.default_rng(0).normal(size=(4, 8))
    print(rope(x, np.arange(4)))
