"""The kernel is flipped (a true, textbook convolution): PyTorch's conv2d is a cross-correlation, so
out[n, o, i, j] = b[o] + Σ xp[n, c, i·s + u, j·s + v] · w[o, c, u, v] with w used as it is, not w[..., ::-1, ::-1]."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, w, b, stride=1, padding=0):
    w = w[:, :, ::-1, ::-1]
    kh, kw = w.shape[-2:]
    p = padding
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    windows = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    return np.tensordot(windows, w, axes=([1, 4, 5], [1, 2, 3])).transpose(0, 3, 1, 2) + b[None, :, None, None]
