"""A correct solution that loops over the kernel offsets (u, v) and accumulates strided slices, with a
zero canvas for the padding; max pooling takes np.maximum over the window offsets from -inf."""

import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n, c_in, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    s, p = stride, padding
    xp = np.zeros((n, c_in, h + 2 * p, wd + 2 * p))
    xp[:, :, p : p + h, p : p + wd] = x
    h_out = (h + 2 * p - kh) // s + 1
    w_out = (wd + 2 * p - kw) // s + 1
    out = np.zeros((n, c_out, h_out, w_out))
    for u in range(kh):
        for v in range(kw):
            patch = xp[:, :, u : u + s * (h_out - 1) + 1 : s, v : v + s * (w_out - 1) + 1 : s]
            out += np.tensordot(patch, w[:, :, u, v], axes=([1], [1])).transpose(0, 3, 1, 2)
    return out + b.reshape(1, -1, 1, 1)


def max_pool2d(x, kernel, stride):
    n, c, h, w = x.shape
    h_out = (h - kernel) // stride + 1
    w_out = (w - kernel) // stride + 1
    out = np.full((n, c, h_out, w_out), -np.inf)
    for u in range(kernel):
        for v in range(kernel):
            out = np.maximum(
                out, x[:, :, u : u + stride * (h_out - 1) + 1 : stride, v : v + stride * (w_out - 1) + 1 : stride]
            )
    return out
