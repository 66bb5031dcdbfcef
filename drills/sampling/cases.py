"""Hidden tests for the sampling drill: each filtering step alone and together, ties, the crossing token,
logits up to ±1e4, and sampling with exact uniform draws."""

import numpy as np

from mlprep.author import Case, rng, seeds


def logits(seed: int, *shape: int, scale: float = 2.0) -> np.ndarray:
    return rng(seed).normal(size=shape) * scale


def distribution(seed: int, *shape: int, zeros: int = 0) -> np.ndarray:
    """Random probabilities (rows sum to 1); `zeros` entries of each row set to exactly 0."""
    g = rng(seed)
    p = g.gamma(0.7, size=shape)
    if zeros:
        flat = p.reshape(-1, shape[-1])
        for row in flat:
            row[g.choice(shape[-1], size=zeros, replace=False)] = 0.0
    return p / p.sum(axis=-1, keepdims=True)


def on_the_boundary(seed: int) -> np.ndarray:
    """Probabilities [u, 0, 1 − u] with u the seed's first draw: the cumulative sum equals u exactly."""
    u = rng(seed).random()
    return np.array([u, 0.0, 1.0 - u])


def batch_on_the_boundary(seed: int) -> np.ndarray:
    """Row b is [0, u_b, 0, 1 − u_b] with u = g.random(B): every draw lands exactly on a cumulative sum."""
    u = rng(seed).random(3)
    return np.stack([np.array([0.0, v, 0.0, 1.0 - v]) for v in u])


CROSSING = np.log(np.array([0.5, 0.3, 0.15, 0.05]))  # cumulative sums 0.5, 0.8, 0.95, 1
TOPK_TIES = np.array([2.0, 1.0, 3.0, 1.0, 1.0, 0.0])  # top 3: indices 2, 0, then 1 of the tied 1, 3, 4
TOPP_TIES = np.array([0.0, 2.0, 2.0, -1.0, 1.0])  # indices 1 and 2 tie at the top
GREEDY_TIES = np.array([[1.0, 3.0, 3.0, 2.0], [0.0, 0.0, 0.0, 0.0], [-1.0, 5.0, 4.0, 5.0]])
HUGE = np.array(
    [
        [1e4, 0.0, -1e4, 9990.0, 5.0, -3.0],
        [-1e4, -1e4, -9999.0, -1e4, -9990.0, -9995.0],
        [3.0, -1e4, 1e4, 1e4, 2.0, 9999.5],
    ]
)
TIE_RANK = "tokens are ranked largest first, equal values by the smaller index first"


def case(name, group, args, kwargs=None, **extra) -> Case:
    return Case(name, group, "filter_logits", args, kwargs or {}, **extra)


def cases() -> list[Case]:
    s = seeds(12, family=1)
    found = [
        case("plain softmax (all filters off)", "correctness", (logits(s[0], 10),), seed=s[0]),
        case("temperature 0.7", "correctness", (logits(s[1], 12),), {"temperature": 0.7}, seed=s[1]),
        case("temperature 2.0", "correctness", (logits(s[2], 8),), {"temperature": 2.0}, seed=s[2]),
        case("top_k=3", "correctness", (logits(s[3], 10),), {"top_k": 3}, seed=s[3]),
        case(
            "top_k=5 at temperature 0.5", "correctness", (logits(s[4], 9),), {"temperature": 0.5, "top_k": 5}, seed=s[4]
        ),
        case("top_p=0.9", "correctness", (logits(s[5], 12),), {"top_p": 0.9}, seed=s[5]),
        case(
            "top_p=0.8 at temperature 0.5",
            "correctness",
            (logits(s[6], 10),),
            {"temperature": 0.5, "top_p": 0.8},
            seed=s[6],
        ),
        case(
            "top_p=0.6 at temperature 1.5",
            "correctness",
            (logits(s[7], 10),),
            {"temperature": 1.5, "top_p": 0.6},
            seed=s[7],
        ),
        case(
            "top_k=5 and top_p=0.7",
            "correctness",
            (logits(s[8], 12),),
            {"top_k": 5, "top_p": 0.7},
            seed=s[8],
        ),
        case(
            "all three on a (4, 12) batch",
            "correctness",
            (logits(s[9], 4, 12),),
            {"temperature": 0.8, "top_k": 6, "top_p": 0.75},
            seed=s[9],
        ),
        case("top_p=0.95 on a (3, 8) batch", "shapes", (logits(s[10], 3, 8),), {"top_p": 0.95}, seed=s[10]),
        case("a (1, V) batch", "shapes", (logits(s[11], 1, 7),), {"temperature": 0.7, "top_k": 3}, seed=s[11]),
        case("V = 2 with top_p=0.5", "shapes", (np.array([0.3, -0.4]),), {"top_p": 0.5}),
        case(
            "top_k ≥ V (off)",
            "edge cases",
            (logits(20, 6),),
            {"top_k": 10},
            seed=20,
            note="top_k ≥ V keeps every token",
        ),
        case("top_k=1 (only the best token)", "edge cases", (logits(21, 2, 7),), {"top_k": 1}, seed=21),
        case(
            "top_p=0.01 (only the best token)",
            "edge cases",
            (logits(22, 9),),
            {"top_p": 0.01},
            seed=22,
            note="the most likely token is always kept",
        ),
        case(
            "top_p keeps the token that crosses top_p",
            "edge cases",
            (CROSSING,),
            {"top_p": 0.7},
            note="probabilities 0.5, 0.3, 0.15, 0.05 with top_p = 0.7: 0.5 < 0.7 ≤ 0.5 + 0.3, so the first two"
            " tokens are kept (the one that crosses top_p stays)",
        ),
        case(
            "top_p keeps the crossing token after top_k",
            "edge cases",
            (CROSSING,),
            {"top_k": 3, "top_p": 0.85},
            note="after top_k = 3 the probabilities are 0.5/0.95, 0.3/0.95, 0.15/0.95: the running sums"
            " 0.526, 0.842, 1 cross 0.85 at the third token, which is kept",
        ),
        case(
            "top_p on the top-k survivors renormalised",
            "edge cases",
            (CROSSING,),
            {"top_k": 2, "top_p": 0.55},
            note="after top_k = 2 the probabilities are 0.5/0.8 = 0.625 and 0.375: top_p = 0.55 is reached by the"
            " first token alone (on the probabilities before top-k, 0.5 would not reach it)",
        ),
        case(
            "top_p after temperature 2",
            "edge cases",
            (CROSSING,),
            {"temperature": 2.0, "top_p": 0.7},
            note="temperature comes first: at temperature 2 the probabilities 0.5, 0.3, 0.15, 0.05 flatten to"
            " about 0.38, 0.29, 0.21, 0.12, and top_p = 0.7 then keeps three tokens",
        ),
        case(
            "top_k=3 and top_p=0.6 on a (5, 10) batch",
            "correctness",
            (logits(25, 5, 10, scale=1.0),),
            {"top_k": 3, "top_p": 0.6},
            seed=25,
        ),
        case(
            "greedy (temperature 0) with tied maxima",
            "edge cases",
            (GREEDY_TIES,),
            {"temperature": 0.0},
            note="temperature 0 is greedy: a one-hot at the argmax, ties going to the lowest index (np.argmax)",
        ),
        case(
            "greedy ignores top_k and top_p",
            "edge cases",
            (logits(23, 8),),
            {"temperature": 0.0, "top_k": 3, "top_p": 0.5},
            seed=23,
            note="temperature 0 is greedy: a one-hot at the argmax, ties going to the lowest index (np.argmax)",
        ),
        case(
            "top_k with ties at the boundary",
            "edge cases",
            (TOPK_TIES,),
            {"top_k": 3},
            note=f"{TIE_RANK}: logits [2, 1, 3, 1, 1, 0] with top_k = 3 keep exactly indices 2, 0 and 1",
        ),
        case(
            "top_k with ties at the boundary, at temperature 0.5",
            "edge cases",
            (np.stack([TOPK_TIES, TOPK_TIES[::-1]]),),
            {"temperature": 0.5, "top_k": 4},
            note=f"{TIE_RANK}; exactly top_k tokens are kept",
        ),
        case(
            "top_p with tied top tokens",
            "edge cases",
            (TOPP_TIES,),
            {"top_p": 0.3},
            note=f"{TIE_RANK}: of the two tied top tokens (indices 1 and 2) top_p = 0.3 keeps index 1 only",
        ),
        case(
            "top_p with ties straddling the cut",
            "edge cases",
            (np.array([1.0, 0.0, 1.0, 0.0, 1.0, -2.0]),),
            {"top_p": 0.5},
            note=f"{TIE_RANK}: three tied tokens of probability ~0.26 each; top_p = 0.5 keeps indices 0 and 2",
        ),
        case(
            "logits up to ±1e4",
            "stability",
            (HUGE,),
            note="subtract each row's maximum before exp: exp(1e4) overflows and exp(−1e4) underflows to 0",
            no_warnings=True,
        ),
        case(
            "logits up to ±1e4 with top_k and top_p",
            "stability",
            (HUGE,),
            {"temperature": 1.5, "top_k": 4, "top_p": 0.9},
            note="subtract each row's maximum (of the kept tokens) before exp",
            no_warnings=True,
        ),
        case(
            "temperature 0.01 on random logits",
            "stability",
            (logits(24, 3, 7, scale=50.0),),
            {"temperature": 0.01, "top_p": 0.9},
            seed=24,
            note="z = logits / 0.01 is huge: subtract each row's maximum before exp",
            no_warnings=True,
        ),
        case(
            "temperature 0.01 on logits up to ±1e4 (z up to ±1e6)",
            "stability",
            (HUGE,),
            {"temperature": 0.01, "top_k": 5},
            note="z = logits / 0.01 is huge: subtract each row's maximum before exp",
            no_warnings=True,
        ),
        case(
            "greedy on logits up to ±1e4",
            "stability",
            (HUGE,),
            {"temperature": 0.0},
            note="temperature 0 is greedy: do not divide by 0, return the one-hot at the argmax",
            no_warnings=True,
        ),
    ]
    t = seeds(6, family=2)
    found += [
        Case("sample from a (5,) distribution", "correctness", "sample", (distribution(t[0], 5), t[0]), seed=t[0]),
        Case("sample from a (10,) distribution", "correctness", "sample", (distribution(t[1], 10), 7), seed=t[1]),
        Case("sample from a (50,) distribution", "correctness", "sample", (distribution(t[2], 50), 123), seed=t[2]),
        Case(
            "sample a (6, 8) batch",
            "correctness",
            "sample",
            (distribution(t[3], 6, 8), 5),
            seed=t[3],
            note="one fresh generator per call and u = g.random(B): row b uses u[b] (rows do not share one u)",
        ),
        Case("sample a (1, 4) batch", "shapes", "sample", (distribution(t[4], 1, 4), 9), seed=t[4]),
        Case(
            "sample with zero-probability tokens",
            "edge cases",
            "sample",
            (distribution(t[5], 5, 9, zeros=4), 11),
            seed=t[5],
            note="a token with probability 0 is never drawn",
        ),
        Case("sample from a one-hot row", "edge cases", "sample", (np.array([0.0, 0.0, 1.0, 0.0]), 3), seed=3),
        Case(
            "sample when u equals a cumulative sum",
            "edge cases",
            "sample",
            (on_the_boundary(2), 2),
            seed=2,
            note="the token is the first index whose cumulative probability is strictly greater than u"
            ' (searchsorted side="right"): with probs [u, 0, 1 − u] that is index 2',
        ),
        Case(
            "sample a batch where every u equals a cumulative sum",
            "edge cases",
            "sample",
            (batch_on_the_boundary(4), 4),
            seed=4,
            note="the token is the first index whose cumulative probability is strictly greater than u"
            ' (searchsorted side="right")',
        ),
    ]
    return found
