"""Hidden tests for the InfoNCE drill: seeded random embeddings plus named edge and stability cases."""

import numpy as np

from mlprep.author import Case, rng, seeds


def pairs(seed: int, n: int, d: int, noise: float = 0.5, lengths: bool = True) -> tuple:
    """(a, b) with b[i] a noisy copy of a[i] (noise relative to the row), rows of very different lengths."""
    g = rng(seed)
    a = g.normal(size=(n, d))
    b = a + noise * g.normal(size=(n, d))
    if lengths:
        a *= np.exp(g.uniform(-3.0, 3.0, size=(n, 1)))
        b *= np.exp(g.uniform(-3.0, 3.0, size=(n, 1)))
    return a, b


def unrelated(seed: int, n: int, d: int) -> tuple:
    g = rng(seed)
    return g.normal(size=(n, d)) * 4.0, g.normal(size=(n, d)) * 0.25


def with_zero_row(seed: int) -> tuple:
    a, b = pairs(seed, 5, 4)
    a[2] = 0.0
    return a, b


def cold(seed: int) -> tuple:
    """Pairs for τ = 1e-3: near-duplicates and one hard negative, so the logits reach ±1000 and the losses
    are both tiny and large."""
    a, b = pairs(seed, 6, 5, noise=0.15)
    b[4] = -a[4] + 0.3 * rng(seed + 1).normal(size=5)
    return a, b


OVERFLOW = "exp(1000) overflows: compute log Σ exp(x) as m + log Σ exp(x − m), m the maximum"
UNDERFLOW = (
    "a positive far below the maximum has a softmax probability that rounds to 0: take x_ii − m − log Σ exp(x − m)"
    " directly, not log(softmax)"
)


def opposite(seed: int) -> tuple:
    """a[3] points like a[0] and b[3] the opposite way: at τ = 1/700 row 3 has logits +700 (column 0) and −700
    (its positive), so the positive's softmax probability underflows to 0 while exp never overflows."""
    g = rng(seed)
    a = g.normal(size=(4, 3))
    b = a + 0.2 * g.normal(size=(4, 3))
    b[0] = a[0]
    a[3] = 2.0 * a[0]
    b[3] = -0.5 * a[0]
    return a, b


def cases() -> list[Case]:
    return [
        *[
            Case(
                f"info_nce of {n} pairs in {d} dimensions",
                "correctness",
                "info_nce",
                pairs(s, n, d),
                seed=s,
            )
            for s, (n, d) in zip(seeds(3, family=1), ((6, 10), (12, 4), (3, 8)), strict=True)
        ],
        *[
            Case(
                f"info_nce with symmetric=False, {n} pairs in {d} dimensions",
                "correctness",
                "info_nce",
                pairs(s, n, d),
                {"symmetric": False},
                seed=s,
                note="symmetric=False is the a→b loss alone: each row of logits = â b̂ᵀ / τ against its diagonal entry",
            )
            for s, (n, d) in zip(seeds(2, family=2), ((7, 5), (4, 9)), strict=True)
        ],
        Case("info_nce with N = D (a transpose still runs)", "shapes", "info_nce", pairs(31, 5, 5), seed=31),
        Case(
            "info_nce with N = D and symmetric=False",
            "shapes",
            "info_nce",
            pairs(32, 5, 5),
            {"symmetric": False},
            seed=32,
        ),
        Case("info_nce of one pair (N = 1)", "edge cases", "info_nce", pairs(33, 1, 6), seed=33),
        Case("info_nce in one dimension (D = 1)", "shapes", "info_nce", pairs(34, 4, 1), seed=34),
        Case("info_nce of unrelated pairs", "correctness", "info_nce", unrelated(35, 8, 6), seed=35),
        Case(
            "info_nce of identical pairs (b = a)",
            "edge cases",
            "info_nce",
            _same(pairs(36, 6, 6)),
            seed=36,
        ),
        Case(
            "info_nce with temperature=0.5",
            "correctness",
            "info_nce",
            pairs(37, 8, 6),
            {"temperature": 0.5},
            seed=37,
            note="the logits are the cosine similarities divided by the temperature",
        ),
        Case(
            "info_nce with temperature=1 and symmetric=False",
            "correctness",
            "info_nce",
            pairs(38, 6, 3),
            {"temperature": 1.0, "symmetric": False},
            seed=38,
        ),
        Case(
            "info_nce with a zero row",
            "edge cases",
            "info_nce",
            with_zero_row(39),
            seed=39,
            note="divide by max(norm, 1e-12): a zero row stays zero, so its logits are all 0 (not 0/0 = nan)",
        ),
        Case(
            "info_nce at temperature 1e-3 on matching pairs (logits up to 1000)",
            "stability",
            "info_nce",
            pairs(40, 5, 8, noise=0.05),
            {"temperature": 1e-3},
            seed=40,
            note=OVERFLOW,
            no_warnings=True,
        ),
        Case(
            "info_nce at temperature 1/700 with an opposite pair",
            "stability",
            "info_nce",
            opposite(42),
            {"temperature": 1 / 700},
            seed=42,
            note=UNDERFLOW,
            no_warnings=True,
        ),
        Case(
            "info_nce at temperature 1e-3 with a hard negative",
            "stability",
            "info_nce",
            cold(41),
            {"temperature": 1e-3},
            seed=41,
            note=OVERFLOW + "; " + UNDERFLOW,
            no_warnings=True,
        ),
        Case(
            "info_nce at temperature 1e-3 with a hard negative and symmetric=False",
            "stability",
            "info_nce",
            cold(43),
            {"temperature": 1e-3, "symmetric": False},
            seed=43,
            note=OVERFLOW + "; " + UNDERFLOW,
            no_warnings=True,
        ),
    ]


def _same(args: tuple) -> tuple:
    a, _ = args
    return a, a.copy()
