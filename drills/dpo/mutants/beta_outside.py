"""β multiplies the log-sigmoid instead of the logit: the loss is −log σ(β z), with β inside the sigmoid
(β is the inverse temperature of the Bradley–Terry model, not a loss weight)."""

import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1, label_smoothing=0.0):
    z = (policy_chosen - policy_rejected) - (ref_chosen - ref_rejected)
    losses = beta * ((1.0 - label_smoothing) * neg_log_sigmoid(z) + label_smoothing * neg_log_sigmoid(-z))  # noqa: F821
    return float(np.mean(losses)), beta * (policy_chosen - ref_chosen), beta * (policy_rejected - ref_rejected)
