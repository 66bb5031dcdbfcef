"""The padding is ignored: pad x with `padding` zeros on all four sides before sliding the kernel, so the
output is (H + 2p − kh) // s + 1 high and (W + 2p − kw) // s + 1 wide."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, w, b, stride=1, padding=0):
    kh, kw = w.shape[-2:]
    windows = sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    return np.tensordot(windows, w, axes=([1, 4, 5], [1, 2, 3])).transpose(0, 3, 1, 2) + b[None, :, None, None]
