"""The a→b loss is taken over the wrong axis (the columns of â b̂ᵀ, i.e. the b→a loss): for symmetric=False
each a[i] must pick out b[i] among all b's — the softmax runs along each row of logits = â b̂ᵀ / τ."""


def info_nce(a, b, temperature=0.07, symmetric=True):
    logits = l2_normalize(a) @ l2_normalize(b).T / temperature  # noqa: F821  (the reference's)
    loss_ba = cross_entropy_diagonal(logits.T)  # noqa: F821
    if not symmetric:
        return loss_ba
    return (cross_entropy_diagonal(logits) + loss_ba) / 2  # noqa: F821
