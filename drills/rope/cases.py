"""Hidden tests for the rope drill: seeded random inputs with several leading shapes, positions that are
0..T-1, offset, unsorted or repeated, d = 2, large positions and another base."""

import numpy as np

from mlprep.author import Case, normal, seeds


def positions(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def cases() -> list[Case]:
    shapes = ((6, 8), (2, 5, 16), (2, 3, 4, 12))
    return [
        *[
            Case(
                f"rope of x {shape}, positions 0..T-1",
                "correctness",
                "rope",
                (normal(s, *shape), np.arange(shape[-2])),
                seed=s,
            )
            for s, shape in zip(seeds(3, family=1), shapes, strict=True)
        ],
        Case("rope with d = 64", "correctness", "rope", (normal(10, 2, 32, 64), np.arange(32)), seed=10),
        Case(
            "rope with positions 20..24 (decoding after a prefix)",
            "edge cases",
            "rope",
            (normal(11, 3, 5, 8), np.arange(20, 25)),
            seed=11,
            note="row t is rotated by positions[t], not by its index t",
        ),
        Case(
            "rope with unsorted, repeated positions",
            "edge cases",
            "rope",
            (normal(12, 2, 6, 10), positions(3, 0, 7, 7, 1, 12)),
            seed=12,
            note="row t is rotated by positions[t], not by its index t",
        ),
        Case(
            "rope of one row at position 0 (identity)",
            "edge cases",
            "rope",
            (normal(13, 1, 8), positions(0)),
            seed=13,
            note="at position 0 every angle is 0 and x comes back unchanged",
        ),
        Case("rope of one row at position 5", "shapes", "rope", (normal(14, 3, 1, 6), positions(5)), seed=14),
        Case(
            "rope with d = 2 (a single pair)",
            "shapes",
            "rope",
            (normal(15, 4, 2), np.arange(4)),
            seed=15,
            note="with d = 2 the one pair is (x[..., 0], x[..., 1]), rotated by positions[t] radians",
        ),
        Case(
            "rope with base=500.0",
            "correctness",
            "rope",
            (normal(16, 5, 8), np.arange(5)),
            {"base": 500.0},
            seed=16,
        ),
        Case(
            "rope at large positions (up to 100000)",
            "stability",
            "rope",
            (normal(17, 2, 4, 16), positions(0, 999, 65535, 100000)),
            seed=17,
        ),
    ]
