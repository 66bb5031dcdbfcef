"""The table is computed in float32 (np.float32 positions or frequencies); compute and return float64 —
float32 angles lose about 1e-7 of relative precision and sin/cos of large angles drift."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    positions = np.arange(T, dtype=np.float32)[:, None]
    freqs = (np.float32(base) ** (np.float32(-2.0) * (np.arange(d) // 2).astype(np.float32) / np.float32(d))).astype(
        np.float32
    )
    angles = positions * freqs
    return np.where(np.arange(d) % 2 == 0, np.sin(angles), np.cos(angles))
