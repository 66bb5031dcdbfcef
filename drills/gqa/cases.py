"""Hidden tests for the gqa drill: seeded random inputs with 1 < G < H, MQA, MHA, H·dh ≠ D, both causal
settings, one token, and scores near ±1000."""

import numpy as np

from mlprep.author import Case, rng, seeds


def gqa_args(seed: int, batch: int, seq: int, d_model: int, n_heads: int, n_kv_heads: int, d_head: int, scale=1.0):
    """x and the four projections for H = n_heads, G = n_kv_heads; the weights keep scores of order 1
    unless `scale` grows x."""
    g = rng(seed)
    x = g.normal(size=(batch, seq, d_model)) * scale
    W_q = g.normal(size=(d_model, n_heads * d_head)) / np.sqrt(d_model)
    W_k = g.normal(size=(d_model, n_kv_heads * d_head)) / np.sqrt(d_model)
    W_v = g.normal(size=(d_model, n_kv_heads * d_head)) / np.sqrt(d_model)
    W_o = g.normal(size=(n_heads * d_head, d_model)) / np.sqrt(n_heads * d_head)
    return x, W_q, W_k, W_v, W_o, n_heads, n_kv_heads


GROUPED = ((2, 5, 8, 4, 2, 2), (1, 6, 12, 6, 3, 2), (2, 4, 16, 8, 2, 2))


def cases() -> list[Case]:
    return [
        *[
            Case(
                f"GQA: {h} query heads share {kv} KV heads",
                "correctness",
                "gqa",
                gqa_args(s, b, t, d, h, kv, dh),
                seed=s,
            )
            for s, (b, t, d, h, kv, dh) in zip(seeds(3, family=1), GROUPED, strict=True)
        ],
        Case(
            "GQA with H·dh = 12 ≠ D = 10 (4 query heads share 2 KV heads)",
            "shapes",
            "gqa",
            gqa_args(200, 2, 5, 10, 4, 2, 3),
            seed=200,
            note="dh = W_q.shape[1] // n_heads = 3 here, not D // n_heads",
            note_on=("error", "shape"),
        ),
        Case(
            "MQA (G = 1) with H·dh = 10 ≠ D = 6",
            "shapes",
            "gqa",
            gqa_args(201, 1, 4, 6, 2, 1, 5),
            seed=201,
            note="dh = W_q.shape[1] // n_heads = 5 here, not D // n_heads",
            note_on=("error", "shape"),
        ),
        Case("MQA: 4 query heads, one KV head", "correctness", "gqa", gqa_args(202, 2, 5, 8, 4, 1, 2), seed=202),
        Case("MHA: G = H = 4", "correctness", "gqa", gqa_args(203, 2, 5, 8, 4, 4, 2), seed=203),
        Case(
            "GQA without the causal mask",
            "edge cases",
            "gqa",
            gqa_args(204, 2, 4, 8, 4, 2, 2),
            {"causal": False},
            seed=204,
            note="causal=False: every position attends to every position",
        ),
        Case(
            "one head of size 4 ≠ D without the causal mask",
            "edge cases",
            "gqa",
            gqa_args(205, 1, 4, 6, 1, 1, 4),
            {"causal": False},
            seed=205,
        ),
        Case("a single token (T = 1)", "edge cases", "gqa", gqa_args(206, 3, 1, 8, 4, 2, 2), seed=206),
        Case(
            "GQA with scores near ±1000",
            "stability",
            "gqa",
            gqa_args(207, 2, 5, 8, 4, 2, 2, scale=15.0),
            seed=207,
            note="subtract each row's maximum score before exp",
            no_warnings=True,
        ),
    ]
