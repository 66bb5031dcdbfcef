"""Hidden tests for the ffn drill: both GELU forms (default and explicit), SiLU at ±1000, and SwiGLU with
different gate and up weights, one to three axes and F ≠ D."""

import numpy as np

from mlprep.author import Case, extreme_values, normal, rng, seeds


def ffn_args(seed: int, lead: tuple, d_model: int, d_ff: int, scale: float = 1.0) -> tuple:
    g = rng(seed)
    x = g.normal(size=(*lead, d_model)) * scale
    W_gate = g.normal(size=(d_model, d_ff)) / np.sqrt(d_model)
    W_up = g.normal(size=(d_model, d_ff)) / np.sqrt(d_model)
    W_down = g.normal(size=(d_ff, d_model)) / np.sqrt(d_ff)
    return x, W_gate, W_up, W_down


GRID = np.linspace(-6.0, 6.0, 25)
HUGE = np.array([-1000.0, -200.0, -50.0, -10.0, -1e-8, 0.0, 1e-8, 10.0, 50.0, 200.0, 1000.0])


def cases() -> list[Case]:
    return [
        *[
            Case(
                f"gelu (default) of {shape} random values",
                "correctness",
                "gelu",
                (normal(s, *shape, scale=2.0),),
                seed=s,
            )
            for s, shape in zip(seeds(2, family=1), ((4, 5), (9,)), strict=True)
        ],
        Case(
            'gelu(approximate="none") on a grid through 0',
            "correctness",
            "gelu",
            (GRID,),
            {"approximate": "none"},
            note="the exact GELU uses erf(x / √2), with an erf accurate to 1e-11 or better (math.erf)",
        ),
        Case(
            'gelu(approximate="tanh") of random values',
            "correctness",
            "gelu",
            (normal(110, 4, 5, scale=2.0),),
            {"approximate": "tanh"},
            seed=110,
        ),
        Case(
            'gelu(x, "tanh") on a grid through 0',
            "correctness",
            "gelu",
            (GRID, "tanh"),
            note="tanh form: 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))",
        ),
        Case("gelu of a 3-D array", "shapes", "gelu", (normal(111, 2, 3, 4),), seed=111),
        Case(
            "gelu (exact) of values up to ±1000",
            "stability",
            "gelu",
            (HUGE,),
            note="GELU(x) → x for large x and → 0 for very negative x; nothing may overflow",
            no_warnings=True,
        ),
        Case(
            "gelu (tanh) of values up to ±1000",
            "stability",
            "gelu",
            (HUGE,),
            {"approximate": "tanh"},
            note="np.tanh saturates to ±1 safely; a hand-written tanh through exp(2u) overflows",
            no_warnings=True,
        ),
        *[
            Case(f"silu of {shape} random values", "correctness", "silu", (normal(s, *shape, scale=3.0),), seed=s)
            for s, shape in zip(seeds(2, family=2), ((3, 4), (2, 2, 3)), strict=True)
        ],
        Case("silu on a grid through 0", "correctness", "silu", (GRID,)),
        Case(
            "silu at ±1000 and the edges of exp",
            "stability",
            "silu",
            (extreme_values(),),
            note="σ(z) for z < 0 is e^z / (1 + e^z): compute exp(−|z|) so exp never overflows",
            no_warnings=True,
        ),
        *[
            Case(
                f"swiglu_ffn with x of shape {(*lead, d)} and F = {f}",
                "correctness",
                "swiglu_ffn",
                ffn_args(s, lead, d, f),
                seed=s,
            )
            for s, (lead, d, f) in zip(seeds(3, family=3), (((5,), 4, 6), ((2, 3), 4, 8), ((7,), 6, 3)), strict=True)
        ],
        Case("swiglu_ffn of a single vector x (D,)", "shapes", "swiglu_ffn", ffn_args(400, (), 5, 7), seed=400),
        Case(
            "swiglu_ffn with pre-activations near ±1000",
            "stability",
            "swiglu_ffn",
            ffn_args(401, (4,), 4, 6, scale=600.0),
            seed=401,
            note="silu must not overflow for very negative gate values",
            no_warnings=True,
        ),
    ]
