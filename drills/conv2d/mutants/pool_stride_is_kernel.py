"""max_pool2d ignores `stride` and moves the window by `kernel` pixels: windows start every `stride`
pixels, so they overlap when stride < kernel and skip pixels when stride > kernel."""


def max_pool2d(x, kernel, stride):
    n, c, h, w = x.shape
    h_out, w_out = h // kernel, w // kernel
    tiles = x[:, :, : h_out * kernel, : w_out * kernel].reshape(n, c, h_out, kernel, w_out, kernel)
    return tiles.max(axis=(3, 5))
