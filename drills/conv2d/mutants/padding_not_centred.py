"""The image is copied into the top-left corner of the zero canvas (xp[:, :, :H, :W] = x), so all 2p zero
rows and columns end up at the bottom and right. Put it in the middle, xp[:, :, p:p + H, p:p + W] = x:
p zeros on every side."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, w, b, stride=1, padding=0):
    n, c, h, wd = x.shape
    kh, kw = w.shape[-2:]
    p = padding
    xp = np.zeros((n, c, h + 2 * p, wd + 2 * p))
    xp[:, :, :h, :wd] = x
    windows = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    return np.tensordot(windows, w, axes=([1, 4, 5], [1, 2, 3])).transpose(0, 3, 1, 2) + b[None, :, None, None]
