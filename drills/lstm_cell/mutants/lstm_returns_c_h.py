"""lstm_cell returns (c_next, h_next); PyTorch's LSTMCell, and this drill, return (h_next, c_next): the
new hidden state first, then the new cell state."""

import numpy as np


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(gates, 4, axis=-1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)  # noqa: F821  (the reference's)
    c_next = f * c + i * g
    return c_next, o * np.tanh(c_next)
