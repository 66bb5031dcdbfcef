"""The rewards come back in the wrong order: return (loss, chosen_rewards, rejected_rewards), with
chosen_rewards = β·(π_c − ρ_c) from the chosen responses."""

import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1, label_smoothing=0.0):
    z = (policy_chosen - policy_rejected) - (ref_chosen - ref_rejected)
    losses = (1.0 - label_smoothing) * neg_log_sigmoid(beta * z) + label_smoothing * neg_log_sigmoid(-beta * z)  # noqa: F821
    return float(np.mean(losses)), beta * (policy_rejected - ref_rejected), beta * (policy_chosen - ref_chosen)
