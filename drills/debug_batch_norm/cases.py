"""Hidden tests for the debug BatchNorm drill. Each planted bug shows on its own cases only: evaluation
batches (normalised with the running statistics), training batches with momentum 0.5 (where the direction
of the momentum does not matter, so only the unbiased running variance does), and training batches whose
channels barely vary (where the unbiased correction is far below the tolerance, so only the direction of
the momentum does)."""

import numpy as np

from mlprep.author import Case, rng, seeds

EVAL_NOTE = "evaluation normalises with running_mean and running_var and returns them unchanged"
UNBIASED_NOTE = "normalise with the biased variance; the running variance gets the unbiased one, var · N / (N − 1)"
MOMENTUM_NOTE = "new = (1 − momentum) · old + momentum · batch: momentum is the weight of the new batch"


def batch(seed: int, n: int, c: int, training: bool, spread: float = 1.0, offset: float = 0.0) -> tuple:
    """x (n, c) with its own mean and spread per channel, gamma, beta, and running statistics that differ
    clearly from the batch's."""
    g = rng(seed)
    scale = spread * np.exp(g.normal(size=c) * 0.5)
    x = offset + g.normal(size=c) + g.normal(size=(n, c)) * scale
    gamma = 1.0 + 0.5 * g.normal(size=c)
    beta = 0.3 * g.normal(size=c)
    running_mean = offset + 2.0 * g.normal(size=c)
    running_var = g.uniform(0.5, 2.0, size=c)
    return x, gamma, beta, running_mean, running_var, training


def cases() -> list[Case]:
    found = [
        Case(f"eval, x of shape {shape}", "correctness", "batch_norm_forward", batch(s, *shape, False), seed=s)
        for s, shape in zip(seeds(3, family=1), ((8, 3), (32, 5), (3, 3)), strict=True)
    ]
    found += [
        Case(
            "eval on a single example (N = 1)",
            "edge cases",
            "batch_norm_forward",
            batch(11, 1, 4, False),
            seed=11,
            note=EVAL_NOTE + "; a single example has no batch statistics to speak of",
        ),
        Case(
            "eval with eps=0.1 and momentum=0.5",
            "edge cases",
            "batch_norm_forward",
            batch(12, 6, 3, False),
            {"eps": 0.1, "momentum": 0.5},
            seed=12,
            note="evaluation divides by √(running_var + eps) and ignores the momentum",
        ),
        *[
            Case(
                f"training with momentum=0.5, x of shape {shape}",
                "correctness",
                "batch_norm_forward",
                batch(s, *shape, True),
                {"momentum": 0.5},
                seed=s,
                note=UNBIASED_NOTE,
                note_on=("new_running_var",),
            )
            for s, shape in zip(seeds(3, family=2), ((8, 3), (32, 5), (4, 4)), strict=True)
        ],
        Case(
            "training with momentum=0.5 and N = 2 (N / (N − 1) = 2)",
            "edge cases",
            "batch_norm_forward",
            batch(21, 2, 3, True),
            {"momentum": 0.5},
            seed=21,
            note=UNBIASED_NOTE,
            note_on=("y", "new_running_var"),
        ),
        Case(
            "training with momentum=0.5 and eps=0.1",
            "edge cases",
            "batch_norm_forward",
            batch(22, 10, 3, True),
            {"momentum": 0.5, "eps": 0.1},
            seed=22,
            note="training divides by √(var + eps), eps inside the square root",
            note_on=("y",),
        ),
        Case(
            "training with momentum=0.5, channels with mean 1e6",
            "stability",
            "batch_norm_forward",
            batch(23, 16, 3, True, offset=1e6),
            {"momentum": 0.5},
            seed=23,
            note="if only the large-mean case fails: compute the variance as mean((x − μ)²); E[x²] − μ² loses its"
            " digits when the mean is large",
            note_on=("y",),
        ),
        *[
            Case(
                f"training with momentum={m}, channels with spread 1e-5",
                "correctness" if m == 0.1 else "edge cases",
                "batch_norm_forward",
                batch(s, n, c, True, spread=1e-5),
                {} if m == 0.1 else {"momentum": m},
                seed=s,
                note=MOMENTUM_NOTE,
                note_on=("new_running_mean", "new_running_var"),
            )
            for s, m, (n, c) in zip(
                seeds(4, family=3), (0.1, 0.3, 0.0, 1.0), ((8, 3), (20, 4), (5, 2), (6, 3)), strict=True
            )
        ],
    ]
    return found
