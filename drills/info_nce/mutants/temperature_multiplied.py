"""The similarities are multiplied by the temperature; they must be divided by it (logits = â b̂ᵀ / τ, a small
τ sharpens the softmax)."""


def info_nce(a, b, temperature=0.07, symmetric=True):
    logits = l2_normalize(a) @ l2_normalize(b).T * temperature  # noqa: F821  (the reference's)
    loss_ab = cross_entropy_diagonal(logits)  # noqa: F821
    if not symmetric:
        return loss_ab
    return (loss_ab + cross_entropy_diagonal(logits.T)) / 2  # noqa: F821
