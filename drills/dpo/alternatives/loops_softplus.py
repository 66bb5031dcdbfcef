"""A correct solution with a Python loop over the pairs and a hand-written stable softplus,
max(−x, 0) + log1p(e^(−|x|))."""

import math

import numpy as np


def _neg_log_sigmoid(x):
    return max(-x, 0.0) + math.log1p(math.exp(-abs(x)))


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1, label_smoothing=0.0):
    total = 0.0
    chosen_rewards, rejected_rewards = [], []
    for pc, pr, rc, rr in zip(policy_chosen, policy_rejected, ref_chosen, ref_rejected, strict=True):
        chosen, rejected = beta * (pc - rc), beta * (pr - rr)
        margin = chosen - rejected  # = beta * z
        total += (1 - label_smoothing) * _neg_log_sigmoid(margin) + label_smoothing * _neg_log_sigmoid(-margin)
        chosen_rewards.append(chosen)
        rejected_rewards.append(rejected)
    return total / len(chosen_rewards), np.array(chosen_rewards), np.array(rejected_rewards)
