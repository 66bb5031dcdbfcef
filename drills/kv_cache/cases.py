"""Hidden tests for the kv_cache drill: single decoding steps with empty, short and longer caches, and
whole sequences decoded token by token (which must equal causal multi-head attention)."""

import numpy as np

from mlprep.author import Case, rng, seeds


def weights(g: np.random.Generator, d_model: int) -> list:
    return [g.normal(size=(d_model, d_model)) / np.sqrt(d_model) for _ in range(4)]


def step_args(seed: int, batch: int, n_heads: int, cached: int, d_model: int, scale: float = 1.0) -> tuple:
    """x_t (B, 1, D), caches (B, H, S, dh) and the four projections; `scale` grows x_t and the caches."""
    g = rng(seed)
    d_head = d_model // n_heads
    x_t = g.normal(size=(batch, 1, d_model)) * scale
    k_cache = g.normal(size=(batch, n_heads, cached, d_head)) * scale
    v_cache = g.normal(size=(batch, n_heads, cached, d_head))
    return (x_t, k_cache, v_cache, *weights(g, d_model), n_heads)


def sequence_args(seed: int, batch: int, seq: int, d_model: int, n_heads: int, scale: float = 1.0) -> tuple:
    g = rng(seed)
    return (g.normal(size=(batch, seq, d_model)) * scale, *weights(g, d_model), n_heads)


STEPS = ((2, 2, 3, 8), (1, 4, 5, 8), (3, 1, 2, 6))
SEQUENCES = ((2, 5, 8, 2), (1, 6, 8, 4), (3, 4, 6, 1))


def cases() -> list[Case]:
    return [
        *[
            Case(
                f"decode_step: batch {b} × {h} head(s) × {s_len} cached positions",
                "correctness",
                "decode_step",
                step_args(s, b, h, s_len, d),
                seed=s,
            )
            for s, (b, h, s_len, d) in zip(seeds(3, family=1), STEPS, strict=True)
        ],
        Case(
            "decode_step on empty caches (S = 0)",
            "edge cases",
            "decode_step",
            step_args(200, 2, 2, 0, 8),
            seed=200,
            note="with S = 0 the new token attends only to itself; the new caches have one position",
            note_on=("values", "error", "shape"),
        ),
        Case(
            "decode_step with one cached position (S = 1)",
            "edge cases",
            "decode_step",
            step_args(201, 1, 2, 1, 6),
            seed=201,
        ),
        Case(
            "decode_step with scores near ±1000",
            "stability",
            "decode_step",
            step_args(202, 2, 2, 4, 8, scale=20.0),
            seed=202,
            note="subtract the maximum score before exp",
            no_warnings=True,
        ),
        *[
            Case(
                f"decode {t} tokens: batch {b} × {h} head(s)",
                "correctness",
                "decode",
                sequence_args(s, b, t, d, h),
                seed=s,
                note="decode must equal causal multi-head self-attention over the whole sequence",
            )
            for s, (b, t, d, h) in zip(seeds(3, family=3), SEQUENCES, strict=True)
        ],
        Case("decode a single token (T = 1)", "edge cases", "decode", sequence_args(400, 2, 1, 8, 2), seed=400),
        Case(
            "decode with scores near ±1000",
            "stability",
            "decode",
            sequence_args(401, 2, 5, 8, 2, scale=25.0),
            seed=401,
            note="subtract the maximum score before exp",
            no_warnings=True,
        ),
    ]
