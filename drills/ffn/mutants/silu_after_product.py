"""SiLU is applied after the product, silu((x W_gate) ⊙ (x W_up)); it goes on the gate branch alone, before
the product: silu(x W_gate) ⊙ (x W_up)."""


def swiglu_ffn(x, W_gate, W_up, W_down):
    return silu((x @ W_gate) * (x @ W_up)) @ W_down  # noqa: F821  (the reference's)
