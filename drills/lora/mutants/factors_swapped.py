"""The low-rank factors are applied in the paper's order, x B A (or B @ A): in this drill's row layout A is
(d_in, r) and B is (r, d_out), so the adapter is x @ A @ B and the update is A @ B."""


def lora_forward(x, W, A, B, alpha):
    return x @ W + scaling(A, alpha) * (x @ B @ A)  # noqa: F821  (the reference's)


def lora_merge(W, A, B, alpha):
    return W + scaling(A, alpha) * (B @ A)  # noqa: F821
