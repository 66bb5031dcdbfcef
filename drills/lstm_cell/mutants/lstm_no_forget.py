"""The new cell state ignores the forget gate (c_next = c + i ⊙ g); it is c_next = f ⊙ c + i ⊙ g."""

import numpy as np


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, _, g, o = np.split(gates, 4, axis=-1)
    i, g, o = sigmoid(i), np.tanh(g), sigmoid(o)  # noqa: F821  (the reference's)
    c_next = c + i * g
    return o * np.tanh(c_next), c_next
