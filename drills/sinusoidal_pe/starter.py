"""Sinusoidal positional encoding from scratch: fill in the function (numpy only)."""

import numpy as np


def sinusoidal_pe(T, d, base=10000.0):
    """(T, d) float64 table: pe[p, 2i] = sin(p * base**(-2i/d)), pe[p, 2i+1] = cos(p * base**(-2i/d)).

    Positions p = 0, ..., T-1. Columns are interleaved (sin, cos, sin, cos, ...). For odd d the last
    column, d-1 = 2i, is a sin with the same formula (exponent -2i/d with this odd d).
    """
    raise NotImplementedError


if __name__ == "__main__":
    print(np.round(sinusoidal_pe(4, 6), 4))
