"""The standard deviation is the population one (ddof=0, np.std's default); GRPO as in TRL uses the
sample standard deviation, ddof=1 (PyTorch's std is unbiased by default): np.std(r, ddof=1)."""


def grpo_advantages(rewards):
    mean = rewards.mean(axis=-1, keepdims=True)
    return (rewards - mean) / (rewards.std(axis=-1, keepdims=True) + 1e-4)
