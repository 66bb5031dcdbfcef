"""The rewards are missing β: DPO's implicit reward is β·(π − ρ), the policy-minus-reference log-prob
scaled by β (so that β z = chosen_rewards − rejected_rewards)."""

import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1, label_smoothing=0.0):
    z = (policy_chosen - policy_rejected) - (ref_chosen - ref_rejected)
    losses = (1.0 - label_smoothing) * neg_log_sigmoid(beta * z) + label_smoothing * neg_log_sigmoid(-beta * z)  # noqa: F821
    return float(np.mean(losses)), policy_chosen - ref_chosen, policy_rejected - ref_rejected
