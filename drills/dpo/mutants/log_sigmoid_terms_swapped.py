"""The two log-sigmoid terms are exchanged — z taken as rejected minus chosen, a sign slip inside the
softplus (log(1 + e^x) instead of log(1 + e^(−x))), or the weights 1 − ε and ε swapped: each pair's loss is
(1 − ε)·(−log σ(βz)) + ε·(−log σ(−βz)) with z = (π_c − π_r) − (ρ_c − ρ_r), which falls as the policy
prefers the chosen response more than the reference does."""

import numpy as np


def neg_log_sigmoid(x):
    return np.logaddexp(0.0, x)
