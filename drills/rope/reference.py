"""Reference solution: rotary position embedding, rotate-half (GPT-NeoX / Hugging Face LLaMA) layout."""

import numpy as np


def rotate_half(x):
    """(x1, x2) -> (-x2, x1) for the two halves of the last axis."""
    half = x.shape[-1] // 2
    return np.concatenate([-x[..., half:], x[..., :half]], axis=-1)


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    theta = base ** (-np.arange(0, d, 2) / d)  # (d/2,): base^(-2i/d)
    angles = np.asarray(positions, dtype=np.float64)[:, None] * theta  # (T, d/2)
    angles = np.concatenate([angles, angles], axis=-1)  # (T, d): dims i and i + d/2 share angle i
    return x * np.cos(angles) + rotate_half(x) * np.sin(angles)
