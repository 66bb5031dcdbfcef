"""The adapter is scaled by α instead of α / r: divide by the rank r = A.shape[1]."""


def scaling(A, alpha):
    return alpha
