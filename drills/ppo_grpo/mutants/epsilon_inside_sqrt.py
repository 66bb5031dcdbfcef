"""The 1e-4 is added inside the square root (√(var + 1e-4)); GRPO adds it to the standard deviation:
(r − mean) / (std + 1e-4)."""

import numpy as np


def grpo_advantages(rewards):
    mean = rewards.mean(axis=-1, keepdims=True)
    var = rewards.var(axis=-1, ddof=1, keepdims=True)
    return (rewards - mean) / np.sqrt(var + 1e-4)
