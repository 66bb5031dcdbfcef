"""Hidden tests for the attention drill: seeded random inputs plus named edge cases."""

import numpy as np

from mlprep.grader.model import Case, Out

OUTPUTS = {
    "softmax": (Out("softmax"),),
    "scaled_dot_product_attention": (Out("output"), Out("weights")),
    "causal_mask": (Out("mask", kind="bool"),),
    "multi_head_attention": (Out("output"),),
}


def qkv(seed: int, batch: tuple, n_q: int, n_k: int, d_k: int, d_v: int, scale: float = 1.0) -> tuple:
    rng = np.random.default_rng(seed)
    Q = rng.normal(size=(*batch, n_q, d_k)) * scale
    K = rng.normal(size=(*batch, n_k, d_k)) * scale
    return Q, K, rng.normal(size=(*batch, n_k, d_v))


def mha(seed: int, batch: int, seq: int, d_model: int, num_heads: int) -> tuple:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(batch, seq, d_model))
    weights = [rng.normal(size=(d_model, d_model)) / np.sqrt(d_model) for _ in range(4)]
    return (x, *weights, num_heads)


def padding(lengths: list[int], seq: int) -> np.ndarray:
    """Key-padding mask (batch, 1, seq): True for the first `length` keys of each sequence."""
    return (np.arange(seq)[None, :] < np.array(lengths)[:, None])[:, None, :]


def cases() -> list[Case]:
    rng = np.random.default_rng(0)
    tril5 = np.tril(np.ones((5, 5), dtype=bool))
    one_blocked = np.array(
        [[1, 1, 0, 1, 0], [0, 1, 1, 1, 1], [0, 0, 0, 0, 0], [1, 0, 0, 0, 0]],
        dtype=bool,
    )
    int_mask = (np.random.default_rng(7).random((4, 6)) < 0.6).astype(np.int64)
    int_mask[:, 0] = 1
    return [
        Case("softmax of random rows", "correctness", "softmax", (rng.normal(size=(4, 6)) * 3,), seed=0),
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
        Case(
            "attention on random inputs", "correctness", "scaled_dot_product_attention", qkv(2, (), 5, 5, 4, 4), seed=2
        ),
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
            (*qkv(6, (2,), 3, 6, 4, 2), padding([4, 6], 6)),
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
            (*mha(14, 2, 5, 12, 3), padding([3, 5], 5)[:, None]),
            seed=14,
        ),
    ]
