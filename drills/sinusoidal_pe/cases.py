"""Hidden tests for the sinusoidal_pe drill: several table sizes, odd d, another base and long sequences."""

from mlprep.author import Case


def cases() -> list[Case]:
    return [
        Case("sinusoidal_pe(10, 16)", "correctness", "sinusoidal_pe", (10, 16)),
        Case("sinusoidal_pe(50, 64)", "correctness", "sinusoidal_pe", (50, 64)),
        Case("sinusoidal_pe(7, 6)", "correctness", "sinusoidal_pe", (7, 6)),
        Case("sinusoidal_pe(8, 8) (T = d)", "shapes", "sinusoidal_pe", (8, 8)),
        Case("sinusoidal_pe(128, 512)", "correctness", "sinusoidal_pe", (128, 512)),
        Case(
            "sinusoidal_pe(1, 8): only position 0",
            "edge cases",
            "sinusoidal_pe",
            (1, 8),
            note="the first row is position p = 0: sin(0) = 0 in even columns and cos(0) = 1 in odd ones",
        ),
        Case(
            "sinusoidal_pe(12, 7): odd d",
            "edge cases",
            "sinusoidal_pe",
            (12, 7),
            note="for odd d the last column (j = d - 1 = 2i) is sin(p · base^(-2i/d)) with this odd d",
        ),
        Case(
            "sinusoidal_pe(5, 1): d = 1",
            "edge cases",
            "sinusoidal_pe",
            (5, 1),
            note="with d = 1 there is one column, sin(p · base^0) = sin(p)",
        ),
        Case("sinusoidal_pe(9, 3): odd d", "edge cases", "sinusoidal_pe", (9, 3)),
        Case("sinusoidal_pe(16, 10, base=100.0)", "correctness", "sinusoidal_pe", (16, 10), {"base": 100.0}),
        Case("sinusoidal_pe(6, 4, base=2.0)", "edge cases", "sinusoidal_pe", (6, 4), {"base": 2.0}),
        Case("sinusoidal_pe(2048, 32): large angles", "stability", "sinusoidal_pe", (2048, 32)),
    ]
