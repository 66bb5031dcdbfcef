"""Hidden tests for the attention drill: seeded random inputs plus named edge cases."""

import numpy as np

from mlprep.author import Case, causal_mask, padding_mask, rng, seeds


def qkv(seed: int, batch: tuple, n_q: int, n_k: int, d_k: int, d_v: int, scale: float = 1.0) -> tuple:
    g = rng(seed)
    Q = g.normal(size=(*batch, n_q, d_k)) * scale
    K = g.normal(size=(*batch, n_k, d_k)) * scale
    return Q, K, g.normal(size=(*batch, n_k, d_v))


def mha(seed: int, batch: int, seq: int, d_model: int, num_heads: int) -> tuple:
    g = rng(seed)
    x = g.normal(size=(batch, seq, d_model))
    weights = [g.normal(size=(d_model, d_model)) / np.sqrt(d_model) for _ in range(4)]
    return (x, *weights, num_heads)


def huge_masked_key(seed: int) -> tuple:
    """A blocked key whose score is far above every allowed one: subtracting the maximum over all keys,
    blocked ones included, makes every allowed exp() underflow to 0."""
    Q, K, V = qkv(seed, (2,), 4, 6, 4, 3)
    Q = np.abs(Q) + 1.0
    K[..., 5, :] = 400.0
    mask = np.ones((4, 6), dtype=bool)
    mask[:, 5] = False
    return Q, K, V, mask


def cases() -> list[Case]:
    g = rng(0)
    tril5 = causal_mask(5)
    one_blocked = np.array(
        [[1, 1, 0, 1, 0], [0, 1, 1, 1, 1], [0, 0, 0, 0, 0], [1, 0, 0, 0, 0]],
        dtype=bool,
    )
    int_mask = (np.random.default_rng(7).random((4, 6)) < 0.6).astype(np.int64)
    int_mask[:, 0] = 1
    return [
        Case("softmax of random rows", "correctness", "softmax", (g.normal(size=(4, 6)) * 3,), seed=0),
        Case("softmax along axis=0", "correctness", "softmax", (np.arange(15.0).reshape(5, 3) / 4,), {"axis": 0}),
        Case("softmax of a 3-D array", "shapes", "softmax", (np.linspace(-3, 3, 24).reshape(2, 3, 4),)),
        Case(
            "softmax of inputs near ±1000",
            "stability",
            "softmax",
            (np.array([[1000.0, 1000.0, 999.0], [-1000.0, -1000.0, -999.0], [1000.0, -1000.0, 0.0]]),),
            note="exp(1000) overflows; subtract the row maximum first",
            no_warnings=True,
        ),
        Case(
            "attention, n_q ≠ n_k and d_k ≠ d_v",
            "correctness",
            "scaled_dot_product_attention",
            qkv(1, (), 4, 6, 8, 3),
            seed=1,
        ),
        *[
            Case(
                f"attention on random inputs ({n_q}×{n_k})",
                "correctness",
                "scaled_dot_product_attention",
                qkv(s, (), n_q, n_k, 4, 4),
                seed=s,
            )
            for s, (n_q, n_k) in zip(seeds(3, family=1), ((5, 5), (3, 8), (9, 2)), strict=True)
        ],
        Case(
            "attention with leading batch dims (2, 3)",
            "shapes",
            "scaled_dot_product_attention",
            qkv(3, (2, 3), 4, 6, 8, 5),
            seed=3,
        ),
        Case("attention with a single query", "shapes", "scaled_dot_product_attention", qkv(4, (), 1, 7, 4, 2), seed=4),
        Case(
            "attention with a causal mask and a batch dim",
            "edge cases",
            "scaled_dot_product_attention",
            (*qkv(5, (2,), 5, 5, 4, 4), tril5),
            seed=5,
        ),
        Case(
            "attention with a padding mask (2, 1, 6)",
            "edge cases",
            "scaled_dot_product_attention",
            (*qkv(6, (2,), 3, 6, 4, 2), padding_mask([4, 6], 6)),
            seed=6,
        ),
        Case(
            "attention with a 0/1 integer mask",
            "edge cases",
            "scaled_dot_product_attention",
            (*qkv(7, (), 4, 6, 3, 3), int_mask),
            seed=7,
            note="1 = may attend, 0 = blocked",
        ),
        Case(
            "attention where one query has every key blocked",
            "edge cases",
            "scaled_dot_product_attention",
            (*qkv(8, (), 4, 5, 3, 2), one_blocked),
            seed=8,
            note="a fully blocked query gets all-zero weights and a zero output row",
        ),
        Case(
            "attention with scores near ±1000",
            "stability",
            "scaled_dot_product_attention",
            qkv(9, (2,), 4, 5, 4, 3, scale=30.0),
            seed=9,
            note="the softmax must subtract the row maximum",
            no_warnings=True,
        ),
        Case(
            "attention where a blocked key has a huge score",
            "stability",
            "scaled_dot_product_attention",
            huge_masked_key(15),
            seed=15,
            note="blocked keys take no part: take the maximum over the allowed keys only (fill blocked scores"
            " before subtracting the maximum)",
        ),
        Case("causal_mask(5)", "correctness", "causal_mask", (5,)),
        Case("causal_mask(1)", "edge cases", "causal_mask", (1,)),
        Case("multi-head, 2 heads", "correctness", "multi_head_attention", mha(10, 2, 5, 8, 2), seed=10),
        Case("multi-head, 4 heads of size 3", "correctness", "multi_head_attention", mha(11, 1, 4, 12, 4), seed=11),
        Case("multi-head, 1 head", "edge cases", "multi_head_attention", mha(12, 2, 3, 6, 1), seed=12),
        Case(
            "multi-head with a causal mask",
            "edge cases",
            "multi_head_attention",
            (*mha(13, 2, 5, 8, 2), tril5),
            seed=13,
        ),
        Case(
            "multi-head with a padding mask (2, 1, 1, 5)",
            "edge cases",
            "multi_head_attention",
            (*mha(14, 2, 5, 12, 3), padding_mask([3, 5], 5)[:, None]),
            seed=14,
        ),
    ]
