"""The SwiGLU branches are swapped: SiLU is applied to x @ W_up. It belongs on the gate branch:
silu(x @ W_gate) * (x @ W_up)."""


def swiglu_ffn(x, W_gate, W_up, W_down):
    return (silu(x @ W_up) * (x @ W_gate)) @ W_down  # noqa: F821  (the reference's)
