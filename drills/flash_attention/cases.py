"""Hidden tests for the flash_attention drill: random shapes and block sizes (tails, one block, blocks of
one key), causal attention with Lq = Lk, Lq < Lk and Lq > Lk, and scores near ±1000 laid out so that
each way of mishandling the running maximum shows."""

import numpy as np

from mlprep.author import Case, rng, seeds


def qkv(seed: int, n_q: int, n_k: int, d: int, d_v: int, scale: float = 1.0) -> tuple:
    g = rng(seed)
    return g.normal(size=(n_q, d)) * scale, g.normal(size=(n_k, d)) * scale, g.normal(size=(n_k, d_v))


def along_one_direction(seed: int, n_q: int, levels: np.ndarray, d: int = 4, d_v: int = 3) -> tuple:
    """Queries along one direction u and keys whose scores with them are about `levels` (one per key),
    give or take a few units, so the score ranges of the blocks are chosen by hand."""
    g = rng(seed)
    u = g.normal(size=d)
    u /= np.linalg.norm(u)
    a = 1.0 + 0.2 * g.random(n_q)
    q = a[:, None] * u + 0.01 * g.normal(size=(n_q, d))
    c = np.asarray(levels, dtype=float) * np.sqrt(d) + 3.0 * g.normal(size=len(levels))
    k = c[:, None] * u + 0.01 * g.normal(size=(len(levels), d))
    return q, k, g.normal(size=(len(levels), d_v))


# (n_q, n_k, d, d_v, block_size)
RANDOM = ((6, 8, 4, 3, 2), (5, 11, 4, 4, 3), (9, 7, 8, 5, 4), (4, 16, 3, 2, 5))


def cases() -> list[Case]:
    return [
        *[
            Case(
                f"{n_q} queries × {n_k} keys in blocks of {bs}",
                "correctness",
                "flash_attention",
                (*qkv(s, n_q, n_k, d, d_v), bs),
                seed=s,
            )
            for s, (n_q, n_k, d, d_v, bs) in zip(seeds(4, family=1), RANDOM, strict=True)
        ],
        Case(
            "13 keys in blocks of 5 (the last block holds 3)",
            "edge cases",
            "flash_attention",
            (*qkv(200, 4, 13, 4, 3), 5),
            seed=200,
            note="13 keys in blocks of 5: the blocks are 0–4, 5–9 and 10–12",
        ),
        Case("blocks of one key", "edge cases", "flash_attention", (*qkv(201, 5, 6, 4, 2), 1), seed=201),
        Case("one block of exactly Lk keys", "edge cases", "flash_attention", (*qkv(202, 4, 6, 4, 3), 6), seed=202),
        Case(
            "block_size larger than Lk (one short block)",
            "edge cases",
            "flash_attention",
            (*qkv(203, 3, 5, 4, 3), 8),
            seed=203,
            note="with block_size > Lk there is one block holding all Lk keys",
        ),
        Case("a single query", "shapes", "flash_attention", (*qkv(204, 1, 7, 4, 3), 3), seed=204),
        Case("a single key", "shapes", "flash_attention", (*qkv(205, 4, 1, 4, 3), 2), seed=205),
        Case(
            "causal with Lq = Lk = 8 in blocks of 3",
            "correctness",
            "flash_attention",
            (*qkv(206, 8, 8, 4, 3), 3),
            {"causal": True},
            seed=206,
            note="query i attends to keys 0…i, positions counted from the start of the sequence, not of the block",
        ),
        Case(
            "causal with Lq = 5 < Lk = 9 in blocks of 4",
            "edge cases",
            "flash_attention",
            (*qkv(207, 5, 9, 4, 2), 4),
            {"causal": True},
            seed=207,
            note="causal attention is aligned at the start: query i sees keys 0…i, whatever Lk is",
        ),
        Case(
            "causal with Lq = 9 > Lk = 5 in blocks of 2",
            "edge cases",
            "flash_attention",
            (*qkv(208, 9, 5, 4, 3), 2),
            {"causal": True},
            seed=208,
            note="causal attention is aligned at the start: query i sees keys 0…min(i, Lk − 1)",
        ),
        Case(
            "causal with a single query",
            "edge cases",
            "flash_attention",
            (*qkv(209, 1, 6, 4, 3), 4),
            {"causal": True},
            seed=209,
        ),
        Case(
            "a later block scores 1000 above the first",
            "stability",
            "flash_attention",
            (*along_one_direction(300, 5, np.r_[np.zeros(4), np.full(8, 1000.0)]), 4),
            seed=300,
            note="the running maximum must grow with every block (m_new = max(m, block max)); otherwise exp overflows",
            no_warnings=True,
        ),
        Case(
            "every score near −1000",
            "stability",
            "flash_attention",
            (*along_one_direction(301, 5, np.full(10, -1000.0)), 4),
            seed=301,
            note="exp(−1000) underflows to 0 and 0/0 is nan: start the running maximum at −inf, not 0, and subtract it",
            no_warnings=True,
        ),
        Case(
            "causal with scores near ±1000",
            "stability",
            "flash_attention",
            (*qkv(302, 8, 8, 4, 3, scale=25.0), 3),
            {"causal": True},
            seed=302,
            note="subtract the running maximum before exp",
            no_warnings=True,
        ),
    ]
