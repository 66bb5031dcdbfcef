"""rms_norm subtracts the mean (that is LayerNorm without β): RMSNorm divides x itself by
√(mean(x²) + ε), with no centring."""

import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    centred = x - np.mean(x, axis=-1, keepdims=True)
    return centred / np.sqrt(np.mean(centred**2, axis=-1, keepdims=True) + eps) * gamma
