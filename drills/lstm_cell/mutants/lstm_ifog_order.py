"""The gates are taken in the order i, f, o, g (as in some course assignments); PyTorch's order is
i, f, g, o: the third block of H rows is the cell candidate g (tanh), the fourth the output gate o."""

import numpy as np


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, o, g = np.split(gates, 4, axis=-1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)  # noqa: F821  (the reference's)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
