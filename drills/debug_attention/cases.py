"""Hidden tests for the debug_attention drill.

Each planted bug has a switch: the √d_model scale shows only with several heads and non-uniform scores,
the causal mask only with causal=True, the unstable softmax only with huge scores. So every case turns on
at most one of them: multi-head cases are not causal and have moderate scores; causal cases have one head,
or a zero query/key projection (all scores 0, so the scale cannot matter); huge-score cases have one head
and no mask. Checking the starter then names each planted bug on exactly the cases where it alone shows.
"""

import numpy as np

from mlprep.author import Case, rng, seeds


def mha(seed: int, batch: int, seq: int, d_model: int, num_heads: int, scale: float = 1.0) -> tuple:
    g = rng(seed)
    x = g.normal(size=(batch, seq, d_model)) * scale
    weights = [g.normal(size=(d_model, d_model)) / np.sqrt(d_model) for _ in range(4)]
    return (x, *weights, num_heads)


def zero_projection(args: tuple, which: int) -> tuple:
    """W_q (which=1) or W_k (which=2) set to 0: every score is 0, so each query averages the values it may see."""
    args = list(args)
    args[which] = np.zeros_like(args[which])
    return tuple(args)


def huge(seed: int, batch: int, seq: int, d_model: int) -> tuple:
    """One head, scores up to about ±1000, and one position with tiny inputs whose scores stay near 0 —
    far below the largest score of the batch."""
    x, *weights, heads = mha(seed, batch, seq, d_model, 1, scale=30.0)
    x[0, 1] *= 1e-3
    return (x, *weights, heads)


def cases() -> list[Case]:
    func = "multi_head_attention"
    return [
        *[
            Case(
                f"{h} heads, batch {b}, seq {t}, d_model {d}",
                "correctness",
                func,
                mha(s, b, t, d, h),
                seed=s,
                note="each head attends in d_head = d_model / num_heads dimensions: the scale is √d_head",
            )
            for s, (b, t, d, h) in zip(seeds(3, family=1), ((2, 5, 8, 2), (1, 4, 12, 4), (2, 6, 6, 3)), strict=True)
        ],
        Case(
            "d_model heads of size 1",
            "edge cases",
            func,
            mha(20, 1, 5, 4, 4),
            seed=20,
            note="each head attends in d_head = d_model / num_heads dimensions: the scale is √d_head",
        ),
        *[
            Case(f"one head, batch {b}, seq {t}", "correctness", func, mha(s, b, t, d, 1), seed=s)
            for s, (b, t, d) in zip(seeds(2, family=3), ((2, 5, 4), (1, 3, 6)), strict=True)
        ],
        *[
            Case(
                f"causal, one head, batch {b}, seq {t}",
                "correctness",
                func,
                mha(s, b, t, d, 1),
                {"causal": True},
                seed=s,
                note="query i may attend to keys 0…i: block the keys j > i (above the diagonal)",
            )
            for s, (b, t, d) in zip(seeds(2, family=4), ((2, 6, 8), (1, 4, 4)), strict=True)
        ],
        Case(
            "causal, 2 heads, zero query weights (each position averages the values up to it)",
            "edge cases",
            func,
            zero_projection(mha(50, 2, 5, 8, 2), 1),
            {"causal": True},
            seed=50,
            note="with all scores 0, position i must average the values of positions 0…i",
        ),
        Case(
            "causal, 3 heads, zero key weights",
            "edge cases",
            func,
            zero_projection(mha(51, 1, 6, 9, 3), 2),
            {"causal": True},
            seed=51,
            note="with all scores 0, position i must average the values of positions 0…i",
        ),
        Case("causal with a single position", "edge cases", func, mha(52, 2, 1, 4, 2), {"causal": True}, seed=52),
        Case("2 heads, a single position", "shapes", func, mha(53, 1, 1, 6, 2), seed=53),
        *[
            Case(
                f"scores near ±1000, batch {b}, seq {t}",
                "stability",
                func,
                huge(s, b, t, d),
                seed=s,
                note="exp(1000) overflows: subtract each row's maximum (axis=-1, keepdims=True) before exp",
                no_warnings=True,
            )
            for s, (b, t, d) in zip(seeds(2, family=6), ((2, 5, 4), (1, 6, 6)), strict=True)
        ],
    ]
