"""The log-ratio is the wrong way round: k3 uses d = logp_ref − logp (the ratio π_ref / π_θ), then
exp(d) − d − 1."""

import numpy as np


def kl_k3(logp, logp_ref):
    d = logp - logp_ref
    return np.exp(d) - d - 1.0
