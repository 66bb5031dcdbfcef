"""The adapter term is not scaled at all: LoRA multiplies it by α / r."""


def scaling(A, alpha):
    return 1.0
