"""b_hn is added outside the reset gate (n = tanh(W_in x + b_in + r ⊙ (W_hn h) + b_hn)); in PyTorch the
reset gate multiplies the bias too: n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))."""

import numpy as np


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    gi = x @ W_ih.T + b_ih
    gh = h @ W_hh.T  # no bias yet
    i_r, i_z, i_n = np.split(gi, 3, axis=-1)
    h_r, h_z, h_n = np.split(gh, 3, axis=-1)
    b_hr, b_hz, b_hn = np.split(b_hh, 3)
    r, z = sigmoid(i_r + h_r + b_hr), sigmoid(i_z + h_z + b_hz)  # noqa: F821  (the reference's)
    n = np.tanh(i_n + r * h_n + b_hn)
    return (1.0 - z) * n + z * h
