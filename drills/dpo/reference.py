"""Reference solution: the DPO loss (TRL's sigmoid loss with label smoothing) and the implicit rewards."""

import numpy as np


def neg_log_sigmoid(x):
    """−log σ(x) = log(1 + e^(−x)), stable for any finite x."""
    return np.logaddexp(0.0, -x)


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1, label_smoothing=0.0):
    z = (policy_chosen - policy_rejected) - (ref_chosen - ref_rejected)
    losses = (1.0 - label_smoothing) * neg_log_sigmoid(beta * z) + label_smoothing * neg_log_sigmoid(-beta * z)
    chosen_rewards = beta * (policy_chosen - ref_chosen)
    rejected_rewards = beta * (policy_rejected - ref_rejected)
    return float(np.mean(losses)), chosen_rewards, rejected_rewards
