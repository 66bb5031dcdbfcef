"""γ, β and the statistics are broadcast against the last axis of x: for (N, C, H, W) input they must line
up with axis 1 — reshape each (C,) vector to (1, C, 1, 1). (x * gamma only runs when W = C, and is wrong.)"""


def channel_view(x):
    if x.ndim == 2:
        return (0,), (1, -1)
    return (0, 2, 3), (-1,)
