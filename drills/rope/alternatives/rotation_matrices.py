"""A correct solution that builds one d×d block rotation matrix per position and applies it with einsum,
filling the matrices with explicit loops over positions and pairs."""

import math

import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    half = d // 2
    T = len(positions)
    R = np.zeros((T, d, d))
    for t in range(T):
        for i in range(half):
            phi = int(positions[t]) * math.exp(-(2 * i / d) * math.log(base))
            c, s = math.cos(phi), math.sin(phi)
            R[t, i, i], R[t, i, i + half] = c, -s
            R[t, i + half, i], R[t, i + half, i + half] = s, c
    return np.einsum("tij,...tj->...ti", R, x)
