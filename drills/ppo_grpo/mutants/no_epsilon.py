"""The standard deviation has no + 1e-4: a group of equal rewards gives 0/0 = nan. Divide by std + 1e-4."""


def grpo_advantages(rewards):
    mean = rewards.mean(axis=-1, keepdims=True)
    return (rewards - mean) / rewards.std(axis=-1, ddof=1, keepdims=True)
