"""The update gate is used the other way round (h_next = z ⊙ n + (1 − z) ⊙ h). PyTorch's GRU is
h_next = (1 − z) ⊙ n + z ⊙ h: z = 1 keeps the old state."""

import numpy as np


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    gi = x @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    i_r, i_z, i_n = np.split(gi, 3, axis=-1)
    h_r, h_z, h_n = np.split(gh, 3, axis=-1)
    r, z = sigmoid(i_r + h_r), sigmoid(i_z + h_z)  # noqa: F821  (the reference's)
    return z * np.tanh(i_n + r * h_n) + (1.0 - z) * h
