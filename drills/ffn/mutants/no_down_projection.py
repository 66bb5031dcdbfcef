"""The down projection is missing: multiply silu(x W_gate) ⊙ (x W_up), of width F, by W_down to return to
width D."""


def swiglu_ffn(x, W_gate, W_up, W_down):
    return silu(x @ W_gate) * (x @ W_up)  # noqa: F821  (the reference's)
