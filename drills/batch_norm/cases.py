"""Hidden tests for the BatchNorm drill: seeded random batches in both modes plus named edge cases."""

import numpy as np

from mlprep.author import Case, rng, seeds


def batch(seed: int, *shape: int, training: bool, offset: float = 0.0) -> tuple:
    """x with a different mean and spread per channel, gamma, beta and running statistics that differ
    clearly from the batch's own."""
    g = rng(seed)
    c = shape[1]
    per_channel = (1, c) + (1,) * (len(shape) - 2)
    scale = np.exp(g.normal(size=c) * 0.5).reshape(per_channel)
    x = offset + g.normal(size=c).reshape(per_channel) + g.normal(size=shape) * scale
    gamma = 1.0 + 0.5 * g.normal(size=c)
    beta = 0.3 * g.normal(size=c)
    running_mean = offset + 0.5 * g.normal(size=c)
    running_var = g.uniform(0.5, 2.0, size=c)
    return x, gamma, beta, running_mean, running_var, training


def constant_channel(seed: int) -> tuple:
    x, *rest = batch(seed, 6, 3, training=True)
    x = x.copy()
    x[:, 1] = 2.5
    return (x, *rest)


def cases() -> list[Case]:
    found = []
    for mode in (True, False):
        word = "training" if mode else "eval"
        family = 1 if mode else 2
        found += [
            Case(f"{word}, x of shape {shape}", "correctness", "batch_norm", batch(s, *shape, training=mode), seed=s)
            for s, shape in zip(seeds(3, family=family), ((8, 3), (32, 5), (4, 3, 5, 6)), strict=True)
        ]
    found += [
        Case(
            "training, (N, C, H, W) with W = C",
            "shapes",
            "batch_norm",
            batch(10, 3, 4, 2, 4, training=True),
            seed=10,
            note="with W = C a (C,) vector broadcasts against the last axis (W) without an error: γ, β and the"
            " statistics belong to axis 1, so reshape them to (1, C, 1, 1)",
            note_on=("out",),
        ),
        Case(
            "eval, (N, C, H, W) with W = C",
            "shapes",
            "batch_norm",
            batch(11, 2, 3, 4, 3, training=False),
            seed=11,
            note="with W = C a (C,) vector broadcasts against the last axis (W) without an error: γ, β and the"
            " statistics belong to axis 1, so reshape them to (1, C, 1, 1)",
            note_on=("out",),
        ),
        Case(
            "training, (N, C, H, W) with N = 1",
            "edge cases",
            "batch_norm",
            batch(12, 1, 2, 3, 4, training=True),
            seed=12,
            note="each channel has n = N·H·W values (12 here), also for the unbiased n / (n − 1)",
            note_on=("out", "new_running_var"),
        ),
        Case(
            "training with N = 2 (n / (n − 1) = 2)",
            "edge cases",
            "batch_norm",
            batch(13, 2, 4, training=True),
            seed=13,
            note="normalise with the biased variance; the running variance gets the unbiased one",
            note_on=("out", "new_running_var"),
        ),
        Case(
            "training with momentum=0.3",
            "correctness",
            "batch_norm",
            batch(14, 10, 3, training=True),
            {"momentum": 0.3},
            seed=14,
            note="new = (1 − momentum) · old + momentum · batch",
            note_on=("new_running_mean", "new_running_var"),
        ),
        Case(
            "training with momentum=0 (running statistics stay)",
            "edge cases",
            "batch_norm",
            batch(15, 6, 2, 3, 3, training=True),
            {"momentum": 0.0},
            seed=15,
        ),
        Case(
            "training with momentum=1 (running statistics = batch statistics)",
            "edge cases",
            "batch_norm",
            batch(16, 7, 3, training=True),
            {"momentum": 1.0},
            seed=16,
        ),
        Case(
            "training with eps=0.1",
            "edge cases",
            "batch_norm",
            batch(17, 5, 3, training=True),
            {"eps": 0.1},
            seed=17,
        ),
        Case(
            "eval with eps=0.1 and momentum=0.5",
            "edge cases",
            "batch_norm",
            batch(18, 4, 2, 2, 3, training=False),
            {"eps": 0.1, "momentum": 0.5},
            seed=18,
            note="evaluation normalises with the running statistics and returns them unchanged, whatever the momentum",
        ),
        Case(
            "training with a constant channel",
            "edge cases",
            "batch_norm",
            constant_channel(19),
            seed=19,
        ),
        Case(
            "training, channels with mean 1e6",
            "stability",
            "batch_norm",
            batch(20, 16, 3, training=True, offset=1e6),
            seed=20,
            note="if only the large-mean cases fail: compute σ² as mean((x − μ)²); E[x²] − μ² loses its digits"
            " when the mean is large",
            note_on=("out", "new_running_var"),
        ),
        Case(
            "training, (N, C, H, W) channels with mean 1e6",
            "stability",
            "batch_norm",
            batch(21, 4, 2, 3, 3, training=True, offset=1e6),
            seed=21,
            note="if only the large-mean cases fail: compute σ² as mean((x − μ)²); E[x²] − μ² loses its digits"
            " when the mean is large",
            note_on=("out", "new_running_var"),
        ),
    ]
    return found
