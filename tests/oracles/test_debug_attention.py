"""The debug_attention reference agrees with independent oracles on every hidden case: multi-head attention
written as loops over batch, heads and query positions with SciPy's softmax over only the allowed keys, the
causal property (an output never depends on later positions), and the planted bugs each being the only
difference on the cases where they show."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import softmax

from mlprep.grader import catalog

DRILL = catalog.find("debug_attention")
SUITE = catalog.suite(DRILL)
REF = SUITE.reference


def loops(x, W_q, W_k, W_v, W_o, num_heads, causal=False) -> np.ndarray:
    batch, seq, d_model = x.shape
    d_head = d_model // num_heads
    out = np.zeros((batch, seq, d_model))
    for b in range(batch):
        q, k, v = x[b] @ W_q, x[b] @ W_k, x[b] @ W_v
        concat = np.zeros((seq, d_model))
        for h in range(num_heads):
            cols = slice(h * d_head, (h + 1) * d_head)
            for i in range(seq):
                keys = range(i + 1) if causal else range(seq)
                scores = [math.fsum(q[i, cols] * k[j, cols]) / math.sqrt(d_head) for j in keys]
                weights = softmax(scores)
                concat[i, cols] = sum(w * v[j, cols] for w, j in zip(weights, keys, strict=True))
        out[b] = concat @ W_o
    return out


@pytest.mark.parametrize("case", SUITE.cases, ids=lambda c: c.name)
def test_reference_matches_loops(case) -> None:
    got = REF.multi_head_attention(*case.args, **case.kwargs)
    np.testing.assert_allclose(got, loops(*case.args, **case.kwargs), rtol=1e-10, atol=1e-10)


def test_causal_output_ignores_later_positions() -> None:
    g = np.random.default_rng(4)
    x = g.normal(size=(1, 6, 8))
    weights = [g.normal(size=(8, 8)) for _ in range(4)]
    changed = x.copy()
    changed[0, 3:] = g.normal(size=(3, 8))
    before = REF.multi_head_attention(x, *weights, 2, causal=True)
    after = REF.multi_head_attention(changed, *weights, 2, causal=True)
    np.testing.assert_array_equal(before[0, :3], after[0, :3])
    assert not np.allclose(before[0, 3:], after[0, 3:])


def test_each_planted_bug_shows_alone() -> None:
    """On every case at most one planted bug changes the output: that is what lets a check of the starter
    name all three."""
    mutants = {m.name: catalog.mutant_module(DRILL, m) for m in catalog.mutants(DRILL)}
    planted = DRILL.meta.bugs
    for case in SUITE.cases:
        want = REF.multi_head_attention(*case.args, **case.kwargs)
        with np.errstate(all="ignore"):
            outs = [mutants[name].multi_head_attention(*case.args, **case.kwargs) for name in planted]
        showing = [n for n, out in zip(planted, outs, strict=True) if not np.allclose(out, want, rtol=1e-6)]
        assert len(showing) <= 1, (case.name, showing)
