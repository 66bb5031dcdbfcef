"""Adjacent features are paired ((2i, 2i + 1), the GPT-J / original RoFormer layout); this is the rotate-half
layout of GPT-NeoX and Hugging Face LLaMA: feature i pairs with feature i + d/2."""

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    angles = np.asarray(positions, dtype=np.float64)[:, None] * base ** (-np.arange(0, d, 2) / d)
    c, s = np.cos(angles), np.sin(angles)
    even, odd = x[..., 0::2], x[..., 1::2]
    out = np.empty(np.shape(x))
    out[..., 0::2] = even * c - odd * s
    out[..., 1::2] = odd * c + even * s
    return out
