"""Each output averages the products over the window instead of summing them: out[n, o, i, j] is the sum
over c, u and v of xp[n, c, i·s + u, j·s + v] · w[o, c, u, v] (plus b[o]), with no division."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, w, b, stride=1, padding=0):
    c_in, kh, kw = w.shape[1:]
    p = padding
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    windows = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.tensordot(windows, w, axes=([1, 4, 5], [1, 2, 3])) / (c_in * kh * kw)
    return out.transpose(0, 3, 1, 2) + b[None, :, None, None]
