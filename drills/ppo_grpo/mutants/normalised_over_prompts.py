"""A batch of groups is normalised along the wrong axis (over the prompts, axis 0): each row is one
prompt's group of G completions, so take the mean and std along the last axis."""


def grpo_advantages(rewards):
    mean = rewards.mean(axis=0, keepdims=True)
    return (rewards - mean) / (rewards.std(axis=0, ddof=1, keepdims=True) + 1e-4)
