"""max_pool2d averages each window (average pooling): it must take the maximum of the k × k window."""

import numpy as np


def max_pool2d(x, kernel, stride):
    h_out = (x.shape[2] - kernel) // stride + 1
    w_out = (x.shape[3] - kernel) // stride + 1
    total = np.zeros((*x.shape[:2], h_out, w_out))
    for u in range(kernel):
        for v in range(kernel):
            total += x[:, :, u : u + stride * (h_out - 1) + 1 : stride, v : v + stride * (w_out - 1) + 1 : stride]
    return total / kernel**2
