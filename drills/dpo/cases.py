"""Hidden tests for the DPO drill: random summed log-probs, several β and label smoothings, z = 0, and
|β z| up to 1e4."""

import numpy as np

from mlprep.author import Case, rng, seeds


def batch(seed: int, b: int, drift: float = 2.0) -> tuple:
    """Summed log-probs of B pairs: the reference between −200 and −20, the policy a little away from it."""
    g = rng(seed)
    ref_chosen, ref_rejected = -g.uniform(20, 200, b), -g.uniform(20, 200, b)
    policy_chosen = ref_chosen + g.normal(0, drift, b)
    policy_rejected = ref_rejected + g.normal(0, drift, b)
    return policy_chosen, policy_rejected, ref_chosen, ref_rejected


def with_margins(z: list[float]) -> tuple:
    """Pairs whose DPO logit is exactly z (reference log-probs −100 and −120, policy shifted by ±z/2)."""
    z = np.array(z)
    ref_chosen, ref_rejected = np.full(z.size, -100.0), np.full(z.size, -120.0)
    return ref_chosen + z / 2, ref_rejected - z / 2, ref_chosen, ref_rejected


HUGE = [1e4, -1e4, 5000.0, -7000.5, 3.0, -800.0]
HUGE_NOTE = (
    "−log σ(x) = log(1 + e^(−x)): compute it as np.logaddexp(0, −x); log(sigmoid(x)) is −inf once σ(x) rounds"
    " to 0, and e^(−x) overflows for x < −709"
)


def cases() -> list[Case]:
    s = seeds(6, family=1)
    found = [
        Case("B=4, β=0.1", "correctness", "dpo_loss", batch(s[0], 4), seed=s[0]),
        Case("B=16, β=0.1", "correctness", "dpo_loss", batch(s[1], 16, drift=5.0), seed=s[1]),
        Case("B=8, β=0.5", "correctness", "dpo_loss", batch(s[2], 8), {"beta": 0.5}, seed=s[2]),
        Case("B=6, β=1", "correctness", "dpo_loss", batch(s[3], 6), {"beta": 1.0}, seed=s[3]),
        Case(
            "label_smoothing 0.1",
            "correctness",
            "dpo_loss",
            batch(s[4], 8, drift=10.0),
            {"beta": 0.2, "label_smoothing": 0.1},
            seed=s[4],
            note="with label smoothing ε each pair's loss is (1 − ε)·(−log σ(βz)) + ε·(−log σ(−βz))",
        ),
        Case(
            "label_smoothing 0.3",
            "correctness",
            "dpo_loss",
            batch(s[5], 5, drift=10.0),
            {"label_smoothing": 0.3},
            seed=s[5],
            note="with label smoothing ε each pair's loss is (1 − ε)·(−log σ(βz)) + ε·(−log σ(−βz))",
        ),
        Case(
            "label_smoothing 0.5 (symmetric)",
            "edge cases",
            "dpo_loss",
            batch(21, 6, drift=10.0),
            {"beta": 0.5, "label_smoothing": 0.5},
            seed=21,
        ),
        Case("a single pair (B=1)", "shapes", "dpo_loss", batch(22, 1), {"beta": 0.3}, seed=22),
        Case(
            "policy equal to the reference (z = 0)",
            "edge cases",
            "dpo_loss",
            (*batch(23, 5)[2:], *batch(23, 5)[2:]),
            seed=23,
            note="z = 0 gives log 2 for every pair, and rewards of 0",
        ),
        Case(
            "the policy prefers the rejected responses",
            "edge cases",
            "dpo_loss",
            with_margins([-30.0, -12.5, -4.0, -60.0]),
            {"beta": 0.1},
        ),
        Case(
            "exact margins z = ±1, ±10, 25",
            "correctness",
            "dpo_loss",
            with_margins([1.0, -1.0, 10.0, -10.0, 25.0]),
            {"beta": 0.5, "label_smoothing": 0.2},
        ),
        Case(
            "|βz| up to 1e4 (β=1)",
            "stability",
            "dpo_loss",
            with_margins(HUGE),
            {"beta": 1.0},
            note=HUGE_NOTE,
            no_warnings=True,
        ),
        Case(
            "|βz| up to 1e3 (β=0.1)",
            "stability",
            "dpo_loss",
            with_margins(HUGE),
            note=HUGE_NOTE,
            no_warnings=True,
        ),
        Case(
            "|βz| up to 1e4 with label smoothing 0.1",
            "stability",
            "dpo_loss",
            with_margins(HUGE),
            {"beta": 1.0, "label_smoothing": 0.1},
            note=HUGE_NOTE + "; with label smoothing both −log σ(βz) and −log σ(−βz) must be stable",
            no_warnings=True,
        ),
    ]
    return found
