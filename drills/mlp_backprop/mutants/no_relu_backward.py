"""The backward pass skips the ReLU (dZ1 = dA1): units whose pre-activation is ≤ 0 output a constant 0 and
must pass no gradient, dZ1 = dA1 * (Z1 > 0)."""


def relu_backward(dA, Z):
    return dA
