"""The kernel is taken to be square (k = w.shape[2] for both directions), so the output width is
computed with kh: use kh = w.shape[2] for the height and kw = w.shape[3] for the width,
W_out = (W + 2p − kw) // s + 1."""

import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    k = w.shape[2]
    kh, kw = w.shape[2], w.shape[3]
    p, s = padding, stride
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    h_out = (xp.shape[2] - k) // s + 1
    w_out = (xp.shape[3] - k) // s + 1
    out = np.zeros((x.shape[0], w.shape[0], h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            window = xp[:, :, i * s : i * s + kh, j * s : j * s + kw]
            out[:, :, i, j] = np.einsum("ncuv,ocuv->no", window, w)
    return out + b[None, :, None, None]
