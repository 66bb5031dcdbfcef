"""The weight matrices are reshaped to (I, 4H) instead of transposed: reshape keeps the memory order and
scrambles the weights. Use x @ W_ih.T (and h @ W_hh.T): each row of W_ih belongs to one output unit."""

import numpy as np


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.reshape(W_ih.shape[1], -1) + b_ih + h @ W_hh.reshape(W_hh.shape[1], -1) + b_hh
    i, f, g, o = np.split(gates, 4, axis=-1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)  # noqa: F821  (the reference's)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    gi = x @ W_ih.reshape(W_ih.shape[1], -1) + b_ih
    gh = h @ W_hh.reshape(W_hh.shape[1], -1) + b_hh
    i_r, i_z, i_n = np.split(gi, 3, axis=-1)
    h_r, h_z, h_n = np.split(gh, 3, axis=-1)
    r, z = sigmoid(i_r + h_r), sigmoid(i_z + h_z)  # noqa: F821  (the reference's)
    return (1.0 - z) * np.tanh(i_n + r * h_n) + z * h
