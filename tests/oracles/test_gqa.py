"""The gqa reference agrees with plain loops (one query head, one query, one key at a time, with explicit
KV-head selection and math.exp) on every hidden case, and, after copying each KV head's weights to the
query heads that share it, with the attention drill's multi-head attention."""

from __future__ import annotations

import functools
import math

import numpy as np
import pytest

from mlprep.grader import catalog


@functools.cache
def suite(name: str) -> catalog.Suite:
    return catalog.suite(catalog.find(name))


GQA = suite("gqa")


def gqa_loops(x, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, causal=True) -> np.ndarray:
    B, T, _ = x.shape
    dh = W_q.shape[1] // n_heads
    group = n_heads // n_kv_heads
    Q, K, V = x @ W_q, x @ W_k, x @ W_v
    concat = np.zeros((B, T, n_heads * dh))
    for b in range(B):
        for h in range(n_heads):
            g = h // group
            q = Q[b, :, h * dh : (h + 1) * dh]
            k = K[b, :, g * dh : (g + 1) * dh]
            v = V[b, :, g * dh : (g + 1) * dh]
            for i in range(T):
                keys = range(i + 1) if causal else range(T)
                scores = [float(q[i] @ k[j]) / math.sqrt(dh) for j in keys]
                top = max(scores)
                weights = [math.exp(s - top) for s in scores]
                total = sum(weights)
                concat[b, i, h * dh : (h + 1) * dh] = sum(w / total * v[j] for w, j in zip(weights, keys, strict=True))
    return concat @ W_o


@pytest.mark.parametrize("case", GQA.cases, ids=lambda c: c.name)
def test_gqa_matches_loops(case) -> None:
    got = GQA.reference.gqa(*case.args, **case.kwargs)
    assert got == pytest.approx(gqa_loops(*case.args, **case.kwargs), rel=1e-9, abs=1e-12)


def expanded_kv_weights(W: np.ndarray, n_heads: int, n_kv_heads: int, dh: int) -> np.ndarray:
    """The K or V projection of an MHA in which query head h owns a copy of KV head h // (H / G)."""
    group = n_heads // n_kv_heads
    return np.concatenate([W[:, (h // group) * dh : (h // group + 1) * dh] for h in range(n_heads)], axis=1)


@pytest.mark.parametrize(
    "case", [c for c in GQA.cases if c.args[1].shape[0] == c.args[1].shape[1]], ids=lambda c: c.name
)
def test_gqa_is_mha_with_shared_kv_weights(case) -> None:
    x, W_q, W_k, W_v, W_o, H, G = case.args
    causal = case.kwargs.get("causal", True)
    dh = W_q.shape[1] // H
    attention = suite("attention").reference
    mask = attention.causal_mask(x.shape[1]) if causal else None
    mha = attention.multi_head_attention(
        x, W_q, expanded_kv_weights(W_k, H, G, dh), expanded_kv_weights(W_v, H, G, dh), W_o, H, mask
    )
    assert GQA.reference.gqa(*case.args, **case.kwargs) == pytest.approx(mha, rel=1e-9, abs=1e-12)


def test_g_equal_h_is_plain_mha_and_g_one_is_mqa() -> None:
    g = np.random.default_rng(5)
    x = g.normal(size=(2, 6, 8))
    W_q, W_k, W_v, W_o = (g.normal(size=(8, 8)) / 3 for _ in range(4))
    attention = suite("attention").reference
    mha = attention.multi_head_attention(x, W_q, W_k, W_v, W_o, 4, attention.causal_mask(6))
    assert GQA.reference.gqa(x, W_q, W_k, W_v, W_o, 4, 4) == pytest.approx(mha, rel=1e-10)
    # MQA: every query head reads the single KV head.
    W_k1, W_v1 = W_k[:, :2], W_v[:, :2]
    mqa = attention.multi_head_attention(x, W_q, np.tile(W_k1, 4), np.tile(W_v1, 4), W_o, 4, None)
    assert GQA.reference.gqa(x, W_q, W_k1, W_v1, W_o, 4, 1, causal=False) == pytest.approx(mqa, rel=1e-10)
