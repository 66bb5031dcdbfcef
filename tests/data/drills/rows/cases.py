import numpy as np

from mlprep.author import Case, normal, seeds, with_ties


def cases() -> list[Case]:
    zero_row = normal(5, 4, 3)
    zero_row[2] = 0.0
    return [
        *[
            Case(f"normalize {n}×{d} random rows", "correctness", "normalize_rows", (normal(s, n, d),), seed=s)
            for s, (n, d) in zip(seeds(2), ((4, 3), (6, 5)), strict=True)
        ],
        Case(
            "normalize a zero row",
            "edge cases",
            "normalize_rows",
            (zero_row,),
            seed=5,
            note="an all-zero row stays zero: divide by max(norm, eps)",
        ),
        Case("argmax of random rows", "correctness", "argmax_rows", (normal(7, 5, 4),), seed=7),
        Case(
            "argmax with ties",
            "edge cases",
            "argmax_rows",
            (with_ties(8, 12, 2).reshape(4, 3),),
            seed=8,
            note="a tie goes to the lowest index",
        ),
        Case("argmax of one column", "shapes", "argmax_rows", (np.ones((3, 1)),)),
    ]
