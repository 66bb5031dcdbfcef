"""The ratio is computed as exp(logp_ref) / exp(logp): at log-probabilities near −800 both underflow to 0 and
the result is nan. Use d = logp_ref − logp and exp(d)."""

import numpy as np


def kl_k3(logp, logp_ref):
    ratio = np.exp(logp_ref) / np.exp(logp)
    return ratio - np.log(ratio) - 1.0
