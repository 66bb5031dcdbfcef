"""The lora reference agrees with independent oracles on every hidden case: PEFT's Linear forward written
with PyTorch's layouts (lora_A.weight = Aᵀ of shape (r, d_in), lora_B.weight = Bᵀ, F.linear(x, w) = x wᵀ) as
loops over the rows, the merged weight reproducing the forward pass, and the initialisation redrawn from the
stated generator call, a no-op adapter at init and a standard deviation of 1/r on a large draw."""

from __future__ import annotations

import numpy as np
import pytest

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("lora"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


def linear(v: list[float], weight: np.ndarray) -> list[float]:
    """F.linear(v, weight) for one row: weight is (out, in)."""
    return [sum(weight[o, i] * v[i] for i in range(len(v))) for o in range(weight.shape[0])]


def peft_forward(x: np.ndarray, W: np.ndarray, A: np.ndarray, B: np.ndarray, alpha: float) -> np.ndarray:
    """peft.tuners.lora.Linear.forward without dropout: base_layer(x) + lora_B(lora_A(x)) * scaling, with
    base_layer.weight = Wᵀ, lora_A.weight = Aᵀ, lora_B.weight = Bᵀ and scaling = lora_alpha / r."""
    r = A.shape[1]
    rows = x.reshape(-1, x.shape[-1])
    out = []
    for v in rows.tolist():
        base = linear(v, W.T)
        adapter = linear(linear(v, A.T), B.T)
        out.append([b + a * (alpha / r) for b, a in zip(base, adapter, strict=True)])
    return np.array(out).reshape(*x.shape[:-1], W.shape[1])


@pytest.mark.parametrize("case", cases_of("lora_forward"), ids=lambda c: c.name)
def test_forward_matches_peft_and_the_merged_weight(case) -> None:
    x, W, A, B, alpha = case.args
    h = REF.lora_forward(x, W, A, B, alpha)
    np.testing.assert_allclose(h, peft_forward(x, W, A, B, alpha), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(h, x @ REF.lora_merge(W, A, B, alpha), rtol=1e-10, atol=1e-12)
    if not B.any():
        assert np.array_equal(h, x @ W)


@pytest.mark.parametrize("case", cases_of("lora_merge"), ids=lambda c: c.name)
def test_merge_is_w_plus_scaled_outer_products(case) -> None:
    W, A, B, alpha = case.args
    before = W.copy()
    merged = REF.lora_merge(W, A, B, alpha)
    r = A.shape[1]
    expected = W + sum(np.outer(A[:, j], B[j]) for j in range(r)) * (alpha / r)
    np.testing.assert_allclose(merged, expected, rtol=1e-10, atol=1e-12)
    assert np.array_equal(W, before) and merged is not W


@pytest.mark.parametrize("case", cases_of("lora_init"), ids=lambda c: c.name)
def test_init_redraws_the_stated_call_and_is_a_no_op(case) -> None:
    d_in, d_out, r, seed = case.args
    A, B = REF.lora_init(d_in, d_out, r, seed)
    assert A.shape == (d_in, r) and B.shape == (r, d_out) and A.dtype == B.dtype == np.float64
    np.testing.assert_allclose(A, np.random.default_rng(seed).standard_normal((d_in, r)) / r, rtol=1e-15)
    assert not B.any()
    x = np.random.default_rng(seed + 1).normal(size=(3, d_in))
    W = np.random.default_rng(seed + 2).normal(size=(d_in, d_out))
    assert np.array_equal(REF.lora_forward(x, W, A, B, 16.0), x @ W)


def test_init_standard_deviation_is_one_over_r() -> None:
    A, _ = REF.lora_init(4000, 3, 5, 7)
    assert A.mean() == pytest.approx(0.0, abs=0.01)
    assert A.std() == pytest.approx(1 / 5, rel=0.02)
