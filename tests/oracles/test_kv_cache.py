"""The kv_cache reference agrees with independent oracles: one decoding step equals plain loops (one head,
one cached position at a time, math.exp) over [cache; new token]; decoding a whole sequence token by
token equals the attention drill's causal multi-head attention; and the caches it builds hold exactly the
full sequence's keys and values."""

from __future__ import annotations

import functools
import math

import numpy as np
import pytest

from mlprep.grader import catalog


@functools.cache
def suite(name: str) -> catalog.Suite:
    return catalog.suite(catalog.find(name))


KV = suite("kv_cache")


def step_loops(x_t, k_cache, v_cache, W_q, W_k, W_v, W_o, n_heads) -> np.ndarray:
    B, _, D = x_t.shape
    dh = D // n_heads
    concat = np.zeros((B, D))
    for b in range(B):
        q, k, v = x_t[b, 0] @ W_q, x_t[b, 0] @ W_k, x_t[b, 0] @ W_v
        for h in range(n_heads):
            cols = slice(h * dh, (h + 1) * dh)
            keys = [*k_cache[b, h], k[cols]]
            values = [*v_cache[b, h], v[cols]]
            scores = [float(q[cols] @ key) / math.sqrt(dh) for key in keys]
            top = max(scores)
            weights = [math.exp(s - top) for s in scores]
            total = sum(weights)
            concat[b, cols] = sum(w / total * val for w, val in zip(weights, values, strict=True))
    return (concat @ W_o)[:, None, :]


@pytest.mark.parametrize("case", [c for c in KV.cases if c.func == "decode_step"], ids=lambda c: c.name)
def test_decode_step_matches_loops(case) -> None:
    x_t, k_cache, v_cache, _, W_k, W_v, _, n_heads = case.args
    y_t, k_new, v_new = KV.reference.decode_step(*case.args)
    assert y_t == pytest.approx(step_loops(*case.args), rel=1e-9, abs=1e-12)
    B, _, D = x_t.shape
    dh = D // n_heads
    S = k_cache.shape[2]
    assert k_new.shape == v_new.shape == (B, n_heads, S + 1, dh)
    assert np.array_equal(k_new[:, :, :S], k_cache) and np.array_equal(v_new[:, :, :S], v_cache)
    for h in range(n_heads):
        cols = slice(h * dh, (h + 1) * dh)
        assert k_new[:, h, S] == pytest.approx((x_t[:, 0] @ W_k)[:, cols], rel=1e-12)
        assert v_new[:, h, S] == pytest.approx((x_t[:, 0] @ W_v)[:, cols], rel=1e-12)


def causal_mha(x, W_q, W_k, W_v, W_o, n_heads) -> np.ndarray:
    attention = suite("attention").reference
    return attention.multi_head_attention(x, W_q, W_k, W_v, W_o, n_heads, attention.causal_mask(x.shape[1]))


@pytest.mark.parametrize("case", [c for c in KV.cases if c.func == "decode"], ids=lambda c: c.name)
def test_decode_equals_causal_mha(case) -> None:
    assert KV.reference.decode(*case.args) == pytest.approx(causal_mha(*case.args), rel=1e-9, abs=1e-12)


def test_decode_step_after_a_prefix_equals_the_last_row_of_causal_mha() -> None:
    g = np.random.default_rng(9)
    B, T, D, H = 2, 7, 12, 3
    x = g.normal(size=(B, T, D))
    W = [g.normal(size=(D, D)) / math.sqrt(D) for _ in range(4)]
    dh = D // H
    k_cache = (x[:, :-1] @ W[1]).reshape(B, T - 1, H, dh).transpose(0, 2, 1, 3)
    v_cache = (x[:, :-1] @ W[2]).reshape(B, T - 1, H, dh).transpose(0, 2, 1, 3)
    y_t, k_all, v_all = KV.reference.decode_step(x[:, -1:], k_cache, v_cache, *W, H)
    assert y_t == pytest.approx(causal_mha(x, *W, H)[:, -1:], rel=1e-10)
    assert k_all == pytest.approx((x @ W[1]).reshape(B, T, H, dh).transpose(0, 2, 1, 3), rel=1e-12)
    assert v_all == pytest.approx((x @ W[2]).reshape(B, T, H, dh).transpose(0, 2, 1, 3), rel=1e-12)
