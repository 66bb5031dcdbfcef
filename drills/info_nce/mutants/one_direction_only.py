"""With symmetric=True only the a→b direction is used (or the same direction twice, without the transpose):
CLIP averages the a→b loss on the rows of the logits and the b→a loss on their columns (logits.T)."""


def info_nce(a, b, temperature=0.07, symmetric=True):
    logits = l2_normalize(a) @ l2_normalize(b).T / temperature  # noqa: F821  (the reference's)
    return cross_entropy_diagonal(logits)  # noqa: F821
