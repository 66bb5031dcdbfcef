"""x is transposed with x.T to use the paper's column-vector form (W x, B A x): for a batch x of shape
(batch, seq, d_in), .T reverses every axis, not just the last two, and the shapes no longer line up. Work in
the row layout, x @ W + (α / r) · (x @ A) @ B, which broadcasts over any leading dims."""


def lora_forward(x, W, A, B, alpha):
    return (W.T @ x.T).T + scaling(A, alpha) * (B.T @ (A.T @ x.T)).T  # noqa: F821  (the reference's)
