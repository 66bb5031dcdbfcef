"""The rank is read from the wrong axis of A (A.shape[0] = d_in, or len(A)): A is (d_in, r), so
r = A.shape[1] (= B.shape[0]) and the scale is α / r."""


def scaling(A, alpha):
    return alpha / A.shape[0]
