"""A correct solution with plain loops over positions and pairs, using math.sin / math.cos and the angle
written as p / base^(2i/d)."""

import math

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    pe = np.zeros((T, d))
    for p in range(T):
        for j in range(0, d, 2):  # j = 2i
            angle = p / math.pow(base, j / d)
            pe[p, j] = math.sin(angle)
            if j + 1 < d:
                pe[p, j + 1] = math.cos(angle)
    return pe
