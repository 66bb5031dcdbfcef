"""The decoder_block reference agrees with independent oracles on every hidden case: LayerNorm against
statistics.fmean / pvariance row by row, and the whole block against plain loops (math.exp softmax over
the allowed keys, math.tanh GELU) and against a composition of the attention drill's causal attention and
the ffn drill's tanh GELU. With zero output projections the block is the identity (pre-norm residuals)."""

from __future__ import annotations

import functools
import math
import statistics

import numpy as np
import pytest

from mlprep.grader import catalog


@functools.cache
def suite(name: str) -> catalog.Suite:
    return catalog.suite(catalog.find(name))


DB = suite("decoder_block")


def cases_of(func: str) -> list:
    return [c for c in DB.cases if c.func == func]


def ln_rows(x, gamma, beta, eps=1e-5) -> np.ndarray:
    out = np.empty_like(x)
    for idx in np.ndindex(*x.shape[:-1]):
        row = x[idx].tolist()
        mean, var = statistics.fmean(row), statistics.pvariance(row)
        out[idx] = [(v - mean) / math.sqrt(var + eps) * g + b for v, g, b in zip(row, gamma, beta, strict=True)]
    return out


@pytest.mark.parametrize("case", cases_of("layer_norm"), ids=lambda c: c.name)
def test_layer_norm_matches_statistics(case) -> None:
    got = DB.reference.layer_norm(*case.args, **case.kwargs)
    assert got == pytest.approx(ln_rows(*case.args, **case.kwargs), rel=1e-9, abs=1e-9)


def gelu_tanh(u: float) -> float:
    return 0.5 * u * (1 + math.tanh(math.sqrt(2 / math.pi) * (u + 0.044715 * u**3)))


def block_loops(x, ln1_g, ln1_b, W_qkv, b_qkv, W_o, b_o, ln2_g, ln2_b, W_fc, b_fc, W_proj, b_proj, n_heads):
    B, T, D = x.shape
    dh = D // n_heads
    out = np.empty_like(x)
    for b in range(B):
        qkv = ln_rows(x[b], ln1_g, ln1_b) @ W_qkv + b_qkv
        q, k, v = qkv[:, :D], qkv[:, D : 2 * D], qkv[:, 2 * D :]
        concat = np.zeros((T, D))
        for h in range(n_heads):
            cols = slice(h * dh, (h + 1) * dh)
            for t in range(T):
                scores = [float(q[t, cols] @ k[j, cols]) / math.sqrt(dh) for j in range(t + 1)]
                top = max(scores)
                total = math.fsum(math.exp(s - top) for s in scores)
                concat[t, cols] = sum(math.exp(s - top) / total * v[j, cols] for j, s in enumerate(scores))
        hidden = x[b] + concat @ W_o + b_o
        u = ln_rows(hidden, ln2_g, ln2_b) @ W_fc + b_fc
        out[b] = hidden + np.vectorize(gelu_tanh)(u) @ W_proj + b_proj
    return out


def block_from_other_drills(x, ln1_g, ln1_b, W_qkv, b_qkv, W_o, b_o, ln2_g, ln2_b, W_fc, b_fc, W_proj, b_proj, H):
    attention, ffn = suite("attention").reference, suite("ffn").reference
    _, T, D = x.shape
    dh = D // H
    q, k, v = np.split(ln_rows(x, ln1_g, ln1_b) @ W_qkv + b_qkv, 3, axis=-1)
    heads = [
        attention.scaled_dot_product_attention(
            q[..., h * dh : (h + 1) * dh],
            k[..., h * dh : (h + 1) * dh],
            v[..., h * dh : (h + 1) * dh],
            attention.causal_mask(T),
        )[0]
        for h in range(H)
    ]
    hidden = x + np.concatenate(heads, axis=-1) @ W_o + b_o
    return hidden + ffn.gelu(ln_rows(hidden, ln2_g, ln2_b) @ W_fc + b_fc, approximate="tanh") @ W_proj + b_proj


@pytest.mark.parametrize("case", cases_of("decoder_block"), ids=lambda c: c.name)
def test_decoder_block_matches_loops_and_other_drills(case) -> None:
    got = DB.reference.decoder_block(*case.args)
    assert got == pytest.approx(block_loops(*case.args), rel=1e-9, abs=1e-9)
    assert got == pytest.approx(block_from_other_drills(*case.args), rel=1e-9, abs=1e-9)


def test_zero_output_projections_give_the_identity() -> None:
    args = list(cases_of("decoder_block")[0].args)
    for i in (5, 6, 11, 12):  # W_o, b_o, W_proj, b_proj
        args[i] = np.zeros_like(args[i])
    assert np.array_equal(DB.reference.decoder_block(*args), args[0])
