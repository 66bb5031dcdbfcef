"""The adapter is scaled by α / √r (rsLoRA's rule): this drill uses the original LoRA scale α / r."""

import numpy as np


def scaling(A, alpha):
    return alpha / np.sqrt(A.shape[1])
