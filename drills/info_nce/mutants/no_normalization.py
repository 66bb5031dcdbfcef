"""The embeddings are not L2-normalised: the logits must be cosine similarities / τ, so divide every row of
a and b by its norm (max(‖x‖, 1e-12)) before the product."""


def info_nce(a, b, temperature=0.07, symmetric=True):
    logits = a @ b.T / temperature
    loss_ab = cross_entropy_diagonal(logits)  # noqa: F821  (the reference's)
    if not symmetric:
        return loss_ab
    return (loss_ab + cross_entropy_diagonal(logits.T)) / 2  # noqa: F821
