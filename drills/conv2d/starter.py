"""2-D convolution and max pooling from scratch: fill in the two functions (numpy only)."""

import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    """Cross-correlation like PyTorch's conv2d.

    x: (N, Cin, H, W); w: (Cout, Cin, kh, kw); b: (Cout,); stride, padding: ints (same for height and width).
    Zero padding of `padding` on all four sides; output (N, Cout, H_out, W_out) with
    H_out = (H + 2*padding - kh) // stride + 1 and W_out = (W + 2*padding - kw) // stride + 1.
    """
    raise NotImplementedError


def max_pool2d(x, kernel, stride):
    """Max over kernel x kernel windows every `stride` pixels, no padding, floor mode.

    x: (N, C, H, W) -> (N, C, (H - kernel) // stride + 1, (W - kernel) // stride + 1).
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x, w, b = rng.normal(size=(1, 2, 5, 5)), rng.normal(size=(3, 2, 3, 3)), rng.normal(size=3)
    print(conv2d(x, w, b, stride=1, padding=1).shape)  # (1, 3, 5, 5)
    print(max_pool2d(x, 2, 2).shape)  # (1, 2, 2, 2)
