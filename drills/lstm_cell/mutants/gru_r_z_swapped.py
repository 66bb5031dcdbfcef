"""The GRU gates are taken in the order z, r, n; PyTorch's 3H rows are ordered r, z, n (reset gate first)."""

import numpy as np


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    gi = x @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    i_z, i_r, i_n = np.split(gi, 3, axis=-1)
    h_z, h_r, h_n = np.split(gh, 3, axis=-1)
    r, z = sigmoid(i_r + h_r), sigmoid(i_z + h_z)  # noqa: F821  (the reference's)
    return (1.0 - z) * np.tanh(i_n + r * h_n) + z * h
