"""The scale is computed with integer division, α // r: when α is not a multiple of the rank it is rounded
down (7 // 2 = 3, and 1.5 // 3 = 0). The scale is the true quotient α / r."""


def scaling(A, alpha):
    return alpha // A.shape[1]
