"""Hidden tests for the PPO / GRPO drill: seeded random batches plus named edge and stability cases."""

import numpy as np

from mlprep.author import Case, rng, seeds


def rollout(
    seed: int,
    b: int,
    t: int,
    spread: float = 0.3,
    lengths: tuple | None = None,
    per_sequence: bool = False,
    prefix: bool = True,
) -> tuple:
    """(logp, logp_old, advantages, mask) of b sequences of t positions. `spread` is the scale of
    logp − logp_old (0.3 puts ratios on both sides of [0.8, 1.2]); `lengths` fixes the valid tokens per row
    (random otherwise, at least one each); `prefix=False` scatters the valid tokens along the row."""
    g = rng(seed)
    logp_old = -g.exponential(2.0, size=(b, t)) - 0.01
    logp = logp_old + g.normal(size=(b, t)) * spread
    per_token = g.normal(size=(b, t)) * 1.5
    advantages = np.repeat(per_token[:, :1], t, axis=1) if per_sequence else per_token
    if lengths is None:
        lengths = g.integers(1, t + 1, size=b)
    mask = np.arange(t)[None, :] < np.asarray(lengths)[:, None]
    if not prefix:
        mask = np.stack([g.permutation(row) for row in mask])
    return logp, logp_old, advantages, mask


def with_garbage(args: tuple, seed: int) -> tuple:
    """Padded positions filled with large advantages and ratios far from 1 (|Δ| ≤ 50), all to be ignored."""
    logp, logp_old, advantages, mask = (a.copy() for a in args)
    g = rng(seed)
    pad = ~mask
    base = -g.uniform(0.0, 5.0, size=pad.sum())
    up = g.random(pad.sum()) < 0.5  # ratio e^40 where up, e^-40 elsewhere
    logp[pad] = np.where(up, base, base - 40.0)
    logp_old[pad] = np.where(up, base - 40.0, base)
    advantages[pad] = g.choice([-10.0, 10.0], size=pad.sum())
    return logp, logp_old, advantages, mask


def extreme_rollout(seed: int) -> tuple:
    """Log-probabilities near −800, where exp underflows to 0, with differences up to ±50."""
    g = rng(seed)
    logp_old = -g.uniform(700.0, 950.0, size=(3, 6))
    delta = g.choice([-50.0, -20.0, -0.1, 0.05, 20.0, 50.0], size=(3, 6))
    logp = logp_old + delta
    advantages = g.choice([-10.0, -1.0, 1.0, 10.0], size=(3, 6))
    mask = np.ones((3, 6), dtype=bool)
    mask[1, 4:] = False
    return logp, logp_old, advantages, mask


def rewards(seed: int, *shape: int, binary: bool = False) -> np.ndarray:
    g = rng(seed)
    if binary:
        return (g.random(shape) < 0.5).astype(np.float64)
    return g.normal(size=shape) * 2.0 + 1.0


def log_probs(seed: int, *shape: int, spread: float = 0.5) -> tuple:
    g = rng(seed)
    logp = -g.exponential(2.0, size=shape) - 0.01
    return logp, logp + g.normal(size=shape) * spread


def cases() -> list[Case]:
    found = [
        *[
            Case(
                f"ppo_clip_loss on a random {b}×{t} batch",
                "correctness",
                "ppo_clip_loss",
                rollout(s, b, t),
                seed=s,
            )
            for s, (b, t) in zip(seeds(3, family=1), ((4, 7), (8, 12), (2, 5)), strict=True)
        ],
        Case(
            "ppo_clip_loss with sequence-level advantages (GRPO style)",
            "correctness",
            "ppo_clip_loss",
            rollout(11, 6, 9, per_sequence=True),
            seed=11,
        ),
        Case(
            "ppo_clip_loss with B = T (a transpose still runs)",
            "shapes",
            "ppo_clip_loss",
            rollout(12, 5, 5),
            seed=12,
        ),
        Case("ppo_clip_loss on one sequence (B = 1)", "shapes", "ppo_clip_loss", rollout(13, 1, 8), seed=13),
        Case("ppo_clip_loss on one position (T = 1)", "shapes", "ppo_clip_loss", rollout(14, 4, 1), seed=14),
        Case(
            "ppo_clip_loss with rows of very different lengths",
            "edge cases",
            "ppo_clip_loss",
            rollout(15, 3, 10, lengths=(1, 10, 4)),
            seed=15,
            note="the mean is over all valid tokens of the batch pooled together: sum over valid tokens / their"
            " count, not the mean of per-sequence means",
        ),
        Case(
            "ppo_clip_loss with valid tokens scattered along the rows",
            "edge cases",
            "ppo_clip_loss",
            rollout(16, 4, 8, prefix=False),
            seed=16,
            note="use the mask as given: valid tokens need not be a prefix of the row",
        ),
        Case(
            "ppo_clip_loss ignores large values at padded positions",
            "edge cases",
            "ppo_clip_loss",
            with_garbage(rollout(17, 4, 9), 17),
            seed=17,
            note="padded positions (mask False) take no part: neither in the sum nor in the count",
        ),
        Case(
            "ppo_clip_loss with a row that has no valid token",
            "edge cases",
            "ppo_clip_loss",
            rollout(18, 4, 6, lengths=(3, 0, 6, 2)),
            seed=18,
            note="a row with no valid token simply adds nothing; the count is of valid tokens in the batch",
        ),
        Case(
            "ppo_clip_loss with no valid token at all",
            "edge cases",
            "ppo_clip_loss",
            rollout(19, 3, 4, lengths=(0, 0, 0)),
            seed=19,
            note="with no valid token, return 0.0 (not 0/0 = nan)",
        ),
        Case(
            "ppo_clip_loss when the policy has not changed (ratio 1)",
            "edge cases",
            "ppo_clip_loss",
            _unchanged(rollout(20, 3, 6)),
            seed=20,
        ),
        *[
            Case(
                f"ppo_clip_loss with eps={eps}",
                "correctness",
                "ppo_clip_loss",
                rollout(s, 5, 8, spread=0.4),
                {"eps": eps},
                seed=s,
                note="clip the ratio to [1 − eps, 1 + eps] with the eps passed in",
            )
            for s, eps in zip(seeds(3, family=2), (0.1, 0.3, 0.0), strict=True)
        ],
        Case(
            "ppo_clip_loss at log-probabilities near −800 (differences up to ±50)",
            "stability",
            "ppo_clip_loss",
            extreme_rollout(21),
            seed=21,
            note="exp(−800) underflows to 0: compute the ratio as exp(logp − logp_old), not exp(logp) / exp(logp_old)",
            no_warnings=True,
        ),
        *[
            Case(f"grpo_advantages of one group of {g}", "correctness", "grpo_advantages", (rewards(s, g),), seed=s)
            for s, g in zip(seeds(2, family=3), (8, 5), strict=True)
        ],
        Case(
            "grpo_advantages of 0/1 rewards",
            "correctness",
            "grpo_advantages",
            (np.array([1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0]),),
            note="std with ddof=1: √(Σ(r − mean)² / (G − 1)), and + 1e-4 outside the square root",
        ),
        Case(
            "grpo_advantages of a group of two",
            "edge cases",
            "grpo_advantages",
            (np.array([0.25, 1.0]),),
        ),
        Case(
            "grpo_advantages of a group of equal rewards (all correct)",
            "edge cases",
            "grpo_advantages",
            (np.ones(6),),
            note="equal rewards give std 0: the + 1e-4 makes the advantages 0, not 0/0 = nan",
        ),
        *[
            Case(
                f"grpo_advantages of {p} groups of {g}",
                "correctness",
                "grpo_advantages",
                (rewards(s, p, g, binary=binary),),
                seed=s,
                note="each row is one group: take the mean and std along the last axis (keepdims=True), not over"
                " the whole batch",
            )
            for s, (p, g, binary) in zip(seeds(3, family=4), ((3, 6, False), (5, 4, True), (2, 9, False)), strict=True)
        ],
        Case(
            "grpo_advantages of P = G groups (a transpose still runs)",
            "shapes",
            "grpo_advantages",
            (rewards(41, 4, 4),),
            seed=41,
        ),
        Case(
            "grpo_advantages with one group of equal rewards in a batch",
            "edge cases",
            "grpo_advantages",
            (np.array([[1.0, 0.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.5, 1.0]]),),
            note="each row is its own group: equal rewards give advantages 0, the other rows use their own mean"
            " and std (ddof=1)",
        ),
        *[
            Case(f"kl_k3 of random {shape} log-probabilities", "correctness", "kl_k3", log_probs(s, *shape), seed=s)
            for s, shape in zip(seeds(2, family=5), ((4, 7), (3, 2, 5)), strict=True)
        ],
        Case("kl_k3 of a 1-D sequence", "shapes", "kl_k3", log_probs(52, 9), seed=52),
        Case(
            "kl_k3 where the policy equals the reference",
            "edge cases",
            "kl_k3",
            _same_policy(log_probs(53, 3, 4)),
            seed=53,
        ),
        Case(
            "kl_k3 with log-ratios up to ±50 near −800",
            "stability",
            "kl_k3",
            _extreme_kl(54),
            seed=54,
            note="exp(−800) underflows to 0: use d = logp_ref − logp and exp(d), not exp(logp_ref) / exp(logp)",
            no_warnings=True,
        ),
    ]
    return found


def _unchanged(args: tuple) -> tuple:
    logp, _, advantages, mask = args
    return logp, logp.copy(), advantages, mask


def _same_policy(args: tuple) -> tuple:
    logp, _ = args
    return logp, logp.copy()


def _extreme_kl(seed: int) -> tuple:
    g = rng(seed)
    logp = -g.uniform(700.0, 950.0, size=(2, 6))
    return logp, logp + g.choice([-50.0, -5.0, -1e-3, 1e-3, 5.0, 50.0], size=(2, 6))
