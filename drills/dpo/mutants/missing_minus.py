"""The loss is missing its minus sign (the mean of log σ(βz), which is ≤ 0): the DPO loss is the negative
log-likelihood −log σ(βz), positive and minimised."""

import numpy as np


def neg_log_sigmoid(x):
    return -np.logaddexp(0.0, -x)
