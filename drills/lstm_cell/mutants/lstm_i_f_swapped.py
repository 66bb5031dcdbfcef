"""The input and forget gates are swapped: PyTorch's 4H rows are ordered i, f, g, o, so the first H
columns of the pre-activations are the input gate i and the next H the forget gate f."""

import numpy as np


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    f, i, g, o = np.split(gates, 4, axis=-1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)  # noqa: F821  (the reference's)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
