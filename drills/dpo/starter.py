"""The DPO loss: fill in dpo_loss (numpy only)."""

import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1, label_smoothing=0.0):
    """DPO's sigmoid loss over a batch of B preference pairs.

    Each argument is (B,): the summed log-prob of the chosen / rejected response under the policy / the
    frozen reference model. z = (policy_chosen - policy_rejected) - (ref_chosen - ref_rejected);
    loss = mean over the batch of (1 - eps) * (-log sigmoid(beta * z)) + eps * (-log sigmoid(-beta * z)),
    eps = label_smoothing; stable for |beta * z| up to 1e4.
    chosen_rewards = beta * (policy_chosen - ref_chosen); rejected_rewards likewise.
    Returns (loss as a float, chosen_rewards (B,), rejected_rewards (B,)).
    """
    raise NotImplementedError


if __name__ == "__main__":
    print(
        dpo_loss(np.array([-10.0, -12.0]), np.array([-14.0, -11.0]), np.array([-11.0, -12.5]), np.array([-13.0, -11.5]))
    )
