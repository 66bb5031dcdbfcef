"""The linear term has the wrong sign: k3 = exp(d) − d − 1 (d = logp_ref − logp), so exp(d) ≥ 1 + d makes
it never negative; exp(d) + d − 1 is not a KL estimate."""

import numpy as np


def kl_k3(logp, logp_ref):
    d = logp_ref - logp
    return np.exp(d) + d - 1.0
