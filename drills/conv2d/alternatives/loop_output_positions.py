"""A correct solution that loops over the output positions and contracts each window with the whole
weight tensor at once (np.tensordot over C_in, kh and kw); max pooling reshapes when stride == kernel."""

import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    kh, kw = w.shape[2], w.shape[3]
    p = padding
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    h_out = (xp.shape[2] - kh) // stride + 1
    w_out = (xp.shape[3] - kw) // stride + 1
    out = np.empty((x.shape[0], w.shape[0], h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            window = xp[:, :, i * stride : i * stride + kh, j * stride : j * stride + kw]
            out[:, :, i, j] = np.tensordot(window, w, axes=([1, 2, 3], [1, 2, 3])) + b
    return out


def max_pool2d(x, kernel, stride):
    n, c, h, w = x.shape
    h_out = (h - kernel) // stride + 1
    w_out = (w - kernel) // stride + 1
    if stride == kernel:
        tiles = x[:, :, : h_out * kernel, : w_out * kernel].reshape(n, c, h_out, kernel, w_out, kernel)
        return tiles.max(axis=(3, 5))
    out = np.empty((n, c, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            out[:, :, i, j] = np.max(
                x[:, :, i * stride : i * stride + kernel, j * stride : j * stride + kernel], axis=(2, 3)
            )
    return out
