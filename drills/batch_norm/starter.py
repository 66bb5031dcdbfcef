"""Batch normalisation with running statistics: fill in the function (numpy only)."""

import numpy as np


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    """BatchNorm over the channel axis 1 of x (N, C) or (N, C, H, W), with PyTorch's conventions.

    gamma, beta, running_mean, running_var: (C,). training: bool.
    Training: normalise with the batch mean and biased variance; new running = (1 - momentum) * old +
    momentum * batch (unbiased variance for the running estimate).
    Evaluation: normalise with the running statistics and return them unchanged.
    Returns (out with x's shape, new_running_mean (C,), new_running_var (C,)); do not modify the inputs.
    """
    raise NotImplementedError


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x = rng.normal(size=(8, 3))
    print(batch_norm(x, np.ones(3), np.zeros(3), np.zeros(3), np.ones(3), training=True))
