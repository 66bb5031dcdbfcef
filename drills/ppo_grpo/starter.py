"""PPO clipped loss, GRPO advantages and the k3 KL estimator: fill in the three functions (numpy only)."""

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    """The PPO clipped surrogate as a loss, averaged over the valid tokens of the whole batch.

    logp, logp_old, advantages: (B, T) float64; mask: (B, T) bool, True = a valid (response) token.
    r = exp(logp - logp_old); per token: min(r * A, clip(r, 1 - eps, 1 + eps) * A).
    Returns -(sum over valid tokens) / (number of valid tokens) as a float; 0.0 when no token is valid.
    """
    raise NotImplementedError


def grpo_advantages(rewards):
    """Group-normalised advantages (r - mean) / (std + 1e-4), std with ddof=1.

    rewards: (G,) one group, or (P, G): each row is one group of G >= 2 completions of a prompt.
    Returns an array of the same shape.
    """
    raise NotImplementedError


def kl_k3(logp, logp_ref):
    """Schulman's k3 estimator per token: exp(d) - d - 1 with d = logp_ref - logp; any shape."""
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    logp_old = -rng.random((2, 4)) * 3
    logp = logp_old + rng.normal(size=(2, 4)) * 0.3
    mask = np.array([[True, True, True, False], [True, True, False, False]])
    adv = np.repeat(grpo_advantages(np.array([1.0, 0.0]))[:, None], 4, axis=1)
    print(ppo_clip_loss(logp, logp_old, adv, mask), kl_k3(logp, logp_old))
