"""The scale is upside down, r / α: LoRA scales the adapter by α / r (α = 16, r = 8 gives 2)."""


def scaling(A, alpha):
    return A.shape[1] / alpha
