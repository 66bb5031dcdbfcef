"""A correct solution that slices out each gate's weight block and bias, with the sigmoid written
through tanh (sigmoid(z) = (1 + tanh(z / 2)) / 2, which never overflows)."""

import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def block(W, b, k, H):
    return W[k * H : (k + 1) * H], b[k * H : (k + 1) * H]


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    pre = []
    for k in range(4):  # i, f, g, o
        Wi, bi = block(W_ih, b_ih, k, H)
        Wh, bh = block(W_hh, b_hh, k, H)
        pre.append(np.dot(x, Wi.T) + bi + np.dot(h, Wh.T) + bh)
    i, f, g, o = sigmoid(pre[0]), sigmoid(pre[1]), np.tanh(pre[2]), sigmoid(pre[3])
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    (W_ir, b_ir), (W_iz, b_iz), (W_in, b_in) = (block(W_ih, b_ih, k, H) for k in range(3))
    (W_hr, b_hr), (W_hz, b_hz), (W_hn, b_hn) = (block(W_hh, b_hh, k, H) for k in range(3))
    r = sigmoid(x @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
    z = sigmoid(x @ W_iz.T + b_iz + h @ W_hz.T + b_hz)
    n = np.tanh(x @ W_in.T + b_in + r * (h @ W_hn.T + b_hn))
    return n + z * (h - n)
