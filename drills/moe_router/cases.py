"""Hidden tests for the MoE router drill: seeded random inputs, exact ties and logits up to ±1e4."""

import numpy as np

from mlprep.author import Case, rng, seeds


def router(seed: int, t: int, d: int, e: int) -> tuple:
    """x (T, D) and W_router (D, E), standard normal."""
    g = rng(seed)
    return g.normal(size=(t, d)), g.normal(size=(d, e))


def experts(seed: int, e: int, d: int) -> np.ndarray:
    return rng(seed + 1000).normal(size=(e, d, d)) / np.sqrt(d)


def tied(rows: list[list[float]]) -> tuple:
    """x = the identity, so the logits are exactly W_router = `rows` (integers: equal logits stay equal)."""
    logits = np.array(rows, dtype=np.float64)
    return np.eye(logits.shape[0]), logits


def huge(seed: int, t: int, d: int, e: int) -> tuple:
    """Random x and W_router scaled so that the largest |logit| is 1e4."""
    x, w = router(seed, t, d, e)
    return x, w * (1e4 / np.abs(x @ w).max())


TIES = [[2, 5, 5, 1, 0], [3, 1, 3, 3, 0], [0, 0, 0, 0, 0], [1, 4, 2, 4, 2]]
TIES_K3 = [[1, 2, 2, 2, 0, 2], [7, 7, 7, 7, 7, 7], [0, 3, 1, 3, 3, 3]]
TIE_NOTE = (
    "equal logits are ordered by expert id, the smaller id first (a stable sort of −logits): e.g. logits"
    " [3, 1, 3, 3, 0] with k = 2 pick experts [0, 2]"
)
HUGE_NOTE = "subtract the maximum before exp in every softmax: exp(1e4) overflows to inf and inf / inf is nan"


def cases() -> list[Case]:
    found = [
        *[
            Case(f"route T={t}, D={d}, E={e}, k={k}", "correctness", "route", (*router(s, t, d, e), k), seed=s)
            for s, (t, d, e, k) in zip(
                seeds(4, family=1), ((6, 4, 5, 2), (10, 3, 8, 2), (5, 6, 4, 3), (9, 5, 7, 3)), strict=True
            )
        ],
        Case(
            "route with k=1 (every weight is 1)",
            "edge cases",
            "route",
            (*router(21, 7, 3, 5), 1),
            seed=21,
            note="the softmax over one selected logit is 1",
        ),
        Case(
            "route with k=E (every expert, sorted)",
            "edge cases",
            "route",
            (*router(22, 4, 3, 4), 4),
            seed=22,
        ),
        Case("route with a single token (T=1)", "shapes", "route", (*router(23, 1, 4, 6), 2), seed=23),
        Case("route with T = k = 2", "shapes", "route", (*router(24, 2, 3, 5), 2), seed=24),
        Case("route with tied logits, k=2", "edge cases", "route", (*tied(TIES), 2), note=TIE_NOTE),
        Case("route with tied logits, k=3", "edge cases", "route", (*tied(TIES_K3), 3), note=TIE_NOTE),
        Case(
            "route with logits up to ±1e4",
            "stability",
            "route",
            (*huge(25, 6, 4, 5), 2),
            seed=25,
            note=HUGE_NOTE,
            no_warnings=True,
        ),
    ]
    for s, (t, d, e, k) in zip(seeds(3, family=3), ((6, 4, 5, 2), (8, 3, 6, 3), (7, 5, 8, 2)), strict=True):
        found.append(
            Case(
                f"moe_forward T={t}, D={d}, E={e}, k={k}",
                "correctness",
                "moe_forward",
                (*router(s, t, d, e), experts(s, e, d), k),
                seed=s,
            )
        )
    found += [
        Case(
            "moe_forward with k=1", "edge cases", "moe_forward", (*router(41, 5, 4, 4), experts(41, 4, 4), 1), seed=41
        ),
        Case(
            "moe_forward with k=E (a dense mixture)",
            "edge cases",
            "moe_forward",
            (*router(42, 4, 3, 3), experts(42, 3, 3), 3),
            seed=42,
        ),
        Case(
            "moe_forward with a single token (T=1)",
            "shapes",
            "moe_forward",
            (*router(43, 1, 5, 4), experts(43, 4, 5), 2),
            seed=43,
        ),
        Case(
            "moe_forward with tied logits, k=2",
            "edge cases",
            "moe_forward",
            (*tied(TIES), experts(44, 5, 4), 2),
            seed=44,
            note=TIE_NOTE,
        ),
        Case(
            "moe_forward with logits up to ±1e4",
            "stability",
            "moe_forward",
            (*huge(45, 6, 4, 5), experts(45, 5, 4), 2),
            seed=45,
            note=HUGE_NOTE,
            no_warnings=True,
        ),
    ]
    for s, (t, d, e, k) in zip(seeds(3, family=5), ((20, 4, 5, 2), (32, 3, 8, 2), (12, 5, 6, 3)), strict=True):
        found.append(
            Case(
                f"load_balancing_loss T={t}, E={e}, k={k}",
                "correctness",
                "load_balancing_loss",
                (*router(s, t, d, e), k),
                seed=s,
            )
        )
    x_same = np.repeat(router(64, 1, 4, 5)[0], 6, axis=0)
    found += [
        Case(
            "load_balancing_loss with k=1 (Switch Transformer)",
            "correctness",
            "load_balancing_loss",
            (*router(61, 16, 4, 4), 1),
            seed=61,
        ),
        Case(
            "load_balancing_loss with k=E (f is uniform: the loss is 1)",
            "edge cases",
            "load_balancing_loss",
            (*router(62, 8, 3, 4), 4),
            seed=62,
        ),
        Case(
            "load_balancing_loss with a single token (T=1)",
            "shapes",
            "load_balancing_loss",
            (*router(63, 1, 4, 6), 2),
            seed=63,
        ),
        Case(
            "load_balancing_loss when every token is the same (collapsed routing)",
            "edge cases",
            "load_balancing_loss",
            (x_same, router(64, 1, 4, 5)[1], 2),
            seed=64,
        ),
        Case(
            "load_balancing_loss with tied logits, k=2",
            "edge cases",
            "load_balancing_loss",
            (*tied(TIES), 2),
            note=TIE_NOTE,
        ),
        Case(
            "load_balancing_loss with logits up to ±1e4",
            "stability",
            "load_balancing_loss",
            (*huge(65, 10, 4, 6), 2),
            seed=65,
            note=HUGE_NOTE,
            no_warnings=True,
        ),
    ]
    return found
