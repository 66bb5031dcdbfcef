"""The gate pre-activations are split with reshape(B, H, 4), which interleaves the gates (column 0 → i,
column 1 → f, …). The 4H columns are four consecutive blocks of H: np.split(gates, 4, axis=1), or
reshape(B, 4, H)."""

import numpy as np


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.moveaxis(gates.reshape(len(gates), -1, 4), -1, 0)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)  # noqa: F821  (the reference's)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
