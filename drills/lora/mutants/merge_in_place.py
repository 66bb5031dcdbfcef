"""lora_merge adds the update into W in place (W += …) and returns it: the merged weight is right, but the
caller's frozen W is changed. Return a new array, W + (α / r) · A @ B."""


def lora_merge(W, A, B, alpha):
    W += scaling(A, alpha) * (A @ B)  # noqa: F821  (the reference's)
    return W
