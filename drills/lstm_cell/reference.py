"""Reference solution: one step of PyTorch's LSTMCell and GRUCell."""

import numpy as np


def sigmoid(z):
    """1 / (1 + exp(-z)) without overflow: exp only ever sees non-positive numbers."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H): the blocks i, f, g, o
    i, f, g, o = np.split(gates, 4, axis=-1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c_next = f * c + i * g
    h_next = o * np.tanh(c_next)
    return h_next, c_next


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    gi = x @ W_ih.T + b_ih  # (B, 3H): the blocks r, z, n
    gh = h @ W_hh.T + b_hh
    i_r, i_z, i_n = np.split(gi, 3, axis=-1)
    h_r, h_z, h_n = np.split(gh, 3, axis=-1)
    r = sigmoid(i_r + h_r)
    z = sigmoid(i_z + h_z)
    n = np.tanh(i_n + r * h_n)  # r multiplies W_hn h + b_hn, after the matrix product
    return (1.0 - z) * n + z * h
