"""Hidden tests for the LoRA drill: non-square shapes so the order of the factors shows, α ≠ r and α = r,
zero B, 1-D to 3-D inputs, and several initialisation seeds."""

import numpy as np

from mlprep.author import Case, rng, seeds


def layer(seed: int, d_in: int, d_out: int, r: int) -> tuple:
    """W (d_in, d_out), A (d_in, r), B (r, d_out): a trained adapter, so B is not zero."""
    g = rng(seed)
    return g.normal(size=(d_in, d_out)), g.normal(size=(d_in, r)) / r, g.normal(size=(r, d_out))


def inputs(seed: int, lead: tuple, d_in: int) -> np.ndarray:
    return rng(seed + 500).normal(size=(*lead, d_in))


SCALE_NOTE = "the adapter is scaled by α / r with r = A.shape[1], the rank (not by α, r / α, α / √r or α / d_in)"
INIT_NOTE = (
    "g = np.random.default_rng(rng); A = g.normal(0.0, 1.0 / r, size=(d_in, r)), one draw of shape (d_in, r)"
    " with standard deviation 1/r; B = np.zeros((r, d_out))"
)


def cases() -> list[Case]:
    found = []
    shapes = (((6,), 5, 3, 2, 8.0), ((4,), 8, 6, 4, 16.0), ((10,), 7, 4, 3, 5.0))
    for s, (lead, d_in, d_out, r, alpha) in zip(seeds(3, family=1), shapes, strict=True):
        found.append(
            Case(
                f"lora_forward, x {(*lead, d_in)}, rank {r}, α={alpha:g}",
                "correctness",
                "lora_forward",
                (inputs(s, lead, d_in), *layer(s, d_in, d_out, r), alpha),
                seed=s,
                note=SCALE_NOTE,
            )
        )
    found += [
        Case(
            "lora_forward with a 3-D x (batch, seq, d_in)",
            "shapes",
            "lora_forward",
            (inputs(11, (2, 4), 6), *layer(11, 6, 5, 3), 12.0),
            seed=11,
        ),
        Case(
            "lora_forward with a single vector x (d_in,)",
            "shapes",
            "lora_forward",
            (inputs(12, (), 5), *layer(12, 5, 7, 2), 4.0),
            seed=12,
        ),
        Case(
            "lora_forward with α = r (scale 1)",
            "edge cases",
            "lora_forward",
            (inputs(13, (5,), 6), *layer(13, 6, 4, 3), 3.0),
            seed=13,
        ),
        Case(
            "lora_forward with rank 1",
            "edge cases",
            "lora_forward",
            (inputs(14, (4,), 5), *layer(14, 5, 3, 1), 2.0),
            seed=14,
        ),
        Case(
            "lora_forward with α an int (12) and rank 8",
            "edge cases",
            "lora_forward",
            (inputs(15, (3,), 10), *layer(15, 10, 9, 8), 12),
            seed=15,
        ),
        Case(
            "lora_forward with α an int (7) not a multiple of the rank (2)",
            "edge cases",
            "lora_forward",
            (inputs(18, (3,), 4), *layer(18, 4, 5, 2), 7),
            seed=18,
            note="the scale is α / r = 7 / 2 = 3.5 here (a true division, not 7 // 2 = 3)",
        ),
        Case(
            "lora_forward with B = 0 (a fresh adapter: h = x W)",
            "edge cases",
            "lora_forward",
            (inputs(16, (4,), 6), *layer(16, 6, 3, 2)[:2], np.zeros((2, 3)), 8.0),
            seed=16,
            note="with B = 0 the adapter adds nothing, but the frozen term x W is still there",
        ),
        Case(
            "lora_forward with a square W (d_in = d_out)",
            "shapes",
            "lora_forward",
            (inputs(17, (5,), 6), *layer(17, 6, 6, 2), 4.0),
            seed=17,
        ),
    ]
    for s, (d_in, d_out, r, alpha) in zip(
        seeds(3, family=2), ((5, 3, 2, 8.0), (8, 6, 4, 32.0), (6, 9, 3, 1.5)), strict=True
    ):
        found.append(
            Case(
                f"lora_merge {d_in}×{d_out}, rank {r}, α={alpha:g}",
                "correctness",
                "lora_merge",
                (*layer(s, d_in, d_out, r), alpha),
                seed=s,
                note=SCALE_NOTE,
            )
        )
    found += [
        Case("lora_merge with α = r", "edge cases", "lora_merge", (*layer(21, 7, 4, 4), 4.0), seed=21),
        Case(
            "lora_merge with B = 0 (W unchanged)",
            "edge cases",
            "lora_merge",
            (*layer(22, 4, 6, 2)[:2], np.zeros((2, 6)), 16.0),
            seed=22,
        ),
        Case("lora_merge with a square W", "shapes", "lora_merge", (*layer(23, 5, 5, 3), 6.0), seed=23),
    ]
    for s, (d_in, d_out, r) in zip((0, 1, 2, 42), ((8, 6, 4), (5, 7, 2), (4, 3, 1), (16, 12, 8)), strict=True):
        found.append(
            Case(
                f"lora_init({d_in}, {d_out}, r={r}, rng={s})",
                "correctness",
                "lora_init",
                (d_in, d_out, r, s),
                seed=s,
                note=INIT_NOTE,
            )
        )
    return found
