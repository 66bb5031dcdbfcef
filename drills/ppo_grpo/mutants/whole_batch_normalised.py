"""A batch of groups is normalised with the mean and std of the whole batch: each row is one prompt's group
and is normalised with its own mean and std (axis=-1, keepdims=True)."""


def grpo_advantages(rewards):
    return (rewards - rewards.mean()) / (rewards.std(ddof=1) + 1e-4)
