"""Hidden tests for the debug_kv_cache drill.

Each planted bug has its own switch: the prefill's multiplied mask shows only when the prompt has two or
more positions; the √d_model scale of the decode step only with several heads, non-uniform scores and at
least one decode step; the decode step returning the old cache only from the second decode step on. So
every case turns on at most one of them:
- prefill cases: prompt_len = seq ≥ 2 (no decode step), or one decode step with one head or all scores 0;
- one-step cases: prompt_len = 1, seq = 2 (no prompt mask to get wrong, no second step);
- cache cases: prompt_len = 1, seq ≥ 3, with one head or a zero query/key projection (all scores 0, so no
  scale matters).
Checking the starter then names each planted bug on exactly the cases where it alone shows.
"""

import numpy as np

from mlprep.author import Case, rng, seeds


def inputs(seed: int, batch: int, seq: int, d_model: int, n_heads: int, scale: float = 1.0) -> tuple:
    g = rng(seed)
    x = g.normal(size=(batch, seq, d_model)) * scale
    weights = [g.normal(size=(d_model, d_model)) / np.sqrt(d_model) for _ in range(4)]
    return (x, *weights, n_heads)


def zero_projection(args: tuple, which: int) -> tuple:
    """W_q (which=1) or W_k (which=2) set to 0: every score is 0, so each position averages the values it sees."""
    args = list(args)
    args[which] = np.zeros_like(args[which])
    return tuple(args)


PREFILL_NOTE = "a future key must get weight exactly 0: set its score to −inf before the softmax (a score of 0 still"
PREFILL_NOTE += " gets weight exp(0) = 1)"
STEP_NOTE = "each head attends in d_head = d_model / n_heads dimensions: the decode step's scale is √d_head"
CACHE_NOTE = "position t must see every earlier position: each decode step must pass on the grown cache"


def cases() -> list[Case]:
    func = "decode"
    found = [
        *[
            Case(
                f"prefill only: {h} head(s), batch {b}, seq {t}",
                "correctness",
                func,
                inputs(s, b, t, d, h),
                {"prompt_len": t},
                seed=s,
                note=PREFILL_NOTE,
            )
            for s, (b, t, d, h) in zip(seeds(3, family=1), ((2, 5, 8, 2), (1, 4, 4, 1), (1, 6, 12, 4)), strict=True)
        ],
        Case(
            "a 4-position prompt, then one decode step (one head)",
            "correctness",
            func,
            inputs(20, 2, 5, 6, 1),
            {"prompt_len": 4},
            seed=20,
            note=PREFILL_NOTE,
        ),
        Case(
            "a 3-position prompt, then one decode step (2 heads, zero key weights)",
            "edge cases",
            func,
            zero_projection(inputs(21, 1, 4, 8, 2), 2),
            {"prompt_len": 3},
            seed=21,
            note="with all scores 0, position i must average the values of positions 0…i",
        ),
        *[
            Case(
                f"one decode step: {h} heads, batch {b}, d_model {d}",
                "correctness",
                func,
                inputs(s, b, 2, d, h),
                seed=s,
                note=STEP_NOTE,
            )
            for s, (b, d, h) in zip(seeds(4, family=3), ((1, 8, 2), (2, 12, 4), (2, 6, 3), (1, 4, 4)), strict=True)
        ],
        Case("one decode step, one head", "correctness", func, inputs(40, 2, 2, 4, 1), seed=40),
        *[
            Case(
                f"decode {t - 1} steps from a 1-position prompt: one head, batch {b}",
                "correctness",
                func,
                inputs(s, b, t, d, 1),
                {"prompt_len": 1},
                seed=s,
                note=CACHE_NOTE,
            )
            for s, (b, t, d) in zip(seeds(3, family=5), ((2, 5, 4), (1, 7, 6), (1, 3, 2)), strict=True)
        ],
        Case(
            "decode 5 steps, 2 heads, zero query weights (each position averages the values up to it)",
            "edge cases",
            func,
            zero_projection(inputs(60, 2, 6, 8, 2), 1),
            seed=60,
            note=CACHE_NOTE + "; with all scores 0, position i averages the values of positions 0…i",
        ),
        Case(
            "decode 3 steps, 4 heads, zero key weights",
            "edge cases",
            func,
            zero_projection(inputs(61, 1, 4, 8, 4), 2),
            seed=61,
            note=CACHE_NOTE,
        ),
        Case("a single position (seq = 1)", "shapes", func, inputs(62, 2, 1, 6, 3), seed=62),
        Case(
            "scores near ±1000, one decode step, one head",
            "stability",
            func,
            inputs(63, 2, 2, 4, 1, scale=30.0),
            seed=63,
            note="exp(1000) overflows: subtract each row's maximum (axis=-1, keepdims=True) before exp",
            no_warnings=True,
        ),
        Case(
            "scores near ±1000, a single position",
            "stability",
            func,
            inputs(64, 1, 1, 4, 2, scale=30.0),
            seed=64,
            note="exp(1000) overflows: subtract each row's maximum (axis=-1, keepdims=True) before exp",
            no_warnings=True,
        ),
    ]
    return found
