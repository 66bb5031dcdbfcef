"""The reset gate is applied to h before the matrix product (n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn),
the original paper's / Keras reset_after=False form). PyTorch applies it after:
n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))."""

import numpy as np


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    hidden = h.shape[-1]
    gi = x @ W_ih.T + b_ih
    i_r, i_z, i_n = np.split(gi, 3, axis=-1)
    h_r, h_z, _ = np.split(h @ W_hh.T + b_hh, 3, axis=-1)
    r, z = sigmoid(i_r + h_r), sigmoid(i_z + h_z)  # noqa: F821  (the reference's)
    n = np.tanh(i_n + (r * h) @ W_hh[2 * hidden :].T + b_hh[2 * hidden :])
    return (1.0 - z) * n + z * h
