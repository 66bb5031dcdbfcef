"""A correct solution with explicit Python loops and the math module."""

import math

import numpy as np


def ppo_clip_loss(logp, logp_old, advantages, mask, eps=0.2):
    total = 0.0
    count = 0
    rows, cols = logp.shape
    for b in range(rows):
        for t in range(cols):
            if not mask[b, t]:
                continue
            r = math.exp(logp[b, t] - logp_old[b, t])
            a = advantages[b, t]
            clipped = min(max(r, 1 - eps), 1 + eps)
            total += min(r * a, clipped * a)
            count += 1
    return 0.0 if count == 0 else -total / count


def grpo_advantages(rewards):
    groups = np.atleast_2d(rewards)
    out = np.empty(groups.shape)
    for p, group in enumerate(groups):
        values = [float(v) for v in group]
        mean = sum(values) / len(values)
        std = math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))
        out[p] = [(v - mean) / (std + 1e-4) for v in values]
    return out.reshape(rewards.shape)


def kl_k3(logp, logp_ref):
    out = np.empty(np.shape(logp))
    for idx in np.ndindex(*out.shape):
        d = float(logp_ref[idx] - logp[idx])
        out[idx] = math.exp(d) - d - 1
    return out
