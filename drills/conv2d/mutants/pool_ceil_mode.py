"""max_pool2d rounds the output size up (ceil mode) and pools a partial window at the bottom/right edge.
This pooling uses floor mode: (H − k) // s + 1 rows, and a window that does not fit is dropped."""

import numpy as np


def max_pool2d(x, kernel, stride):
    h_out = -(-(x.shape[2] - kernel) // stride) + 1
    w_out = -(-(x.shape[3] - kernel) // stride) + 1
    padded = np.full((*x.shape[:2], (h_out - 1) * stride + kernel, (w_out - 1) * stride + kernel), -np.inf)
    padded[:, :, : x.shape[2], : x.shape[3]] = x
    out = np.full((*x.shape[:2], h_out, w_out), -np.inf)
    for u in range(kernel):
        for v in range(kernel):
            out = np.maximum(
                out, padded[:, :, u : u + stride * (h_out - 1) + 1 : stride, v : v + stride * (w_out - 1) + 1 : stride]
            )
    return out
