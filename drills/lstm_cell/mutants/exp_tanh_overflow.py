"""tanh is written as (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ), which overflows to inf / inf = nan for large pre-activations.
Use np.tanh (or 2·sigmoid(2z) − 1 with a stable sigmoid)."""

import numpy as np


def tanh(z):
    with np.errstate(over="ignore", invalid="ignore"):
        return (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z))


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(gates, 4, axis=-1)
    i, f, g, o = sigmoid(i), sigmoid(f), tanh(g), sigmoid(o)  # noqa: F821  (the reference's)
    c_next = f * c + i * g
    return o * tanh(c_next), c_next


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    gi = x @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    i_r, i_z, i_n = np.split(gi, 3, axis=-1)
    h_r, h_z, h_n = np.split(gh, 3, axis=-1)
    r, z = sigmoid(i_r + h_r), sigmoid(i_z + h_z)  # noqa: F821  (the reference's)
    return (1.0 - z) * tanh(i_n + r * h_n) + z * h
