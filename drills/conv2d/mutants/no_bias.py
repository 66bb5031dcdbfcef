"""The bias is never added: each output channel o gets + b[o]."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, w, b, stride=1, padding=0):
    kh, kw = w.shape[-2:]
    p = padding
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    windows = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    return np.tensordot(windows, w, axes=([1, 4, 5], [1, 2, 3])).transpose(0, 3, 1, 2)
