"""The gate uses σ(x W_gate) (that is the original GLU); SwiGLU gates with SiLU, silu(z) = z·σ(z)."""


def swiglu_ffn(x, W_gate, W_up, W_down):
    return (sigmoid(x @ W_gate) * (x @ W_up)) @ W_down  # noqa: F821  (the reference's)
