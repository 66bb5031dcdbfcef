"""The frozen term x W is missing: LoRA adds the low-rank update to the base layer,
h = x W + (α / r) · x A B."""


def lora_forward(x, W, A, B, alpha):
    return scaling(A, alpha) * ((x @ A) @ B)  # noqa: F821  (the reference's)
