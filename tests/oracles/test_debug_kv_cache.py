"""The debug_kv_cache reference agrees with independent oracles on every hidden case: causal multi-head
attention over the whole sequence written as loops with SciPy's softmax over the allowed keys, for the
case's prompt_len and for every other prompt_len; and on every case at most one planted bug changes the
output, which is what lets a check of the starter name all three."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import softmax

from mlprep.grader import catalog

DRILL = catalog.find("debug_kv_cache")
SUITE = catalog.suite(DRILL)
REF = SUITE.reference


def causal_mha(x, W_q, W_k, W_v, W_o, n_heads) -> np.ndarray:
    batch, seq, d_model = x.shape
    d_head = d_model // n_heads
    out = np.zeros((batch, seq, d_model))
    for b in range(batch):
        q, k, v = x[b] @ W_q, x[b] @ W_k, x[b] @ W_v
        concat = np.zeros((seq, d_model))
        for h in range(n_heads):
            cols = slice(h * d_head, (h + 1) * d_head)
            for i in range(seq):
                scores = [math.fsum(q[i, cols] * k[j, cols]) / math.sqrt(d_head) for j in range(i + 1)]
                weights = softmax(scores)
                concat[i, cols] = sum(w * v[j, cols] for j, w in enumerate(weights))
        out[b] = concat @ W_o
    return out


@pytest.mark.parametrize("case", SUITE.cases, ids=lambda c: c.name)
def test_decode_equals_causal_attention_for_every_prompt_length(case) -> None:
    x = case.args[0]
    want = causal_mha(*case.args)
    np.testing.assert_allclose(REF.decode(*case.args, **case.kwargs), want, rtol=1e-10, atol=1e-10)
    for prompt_len in range(1, x.shape[1] + 1):
        got = REF.decode(*case.args, prompt_len=prompt_len)
        np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-10)


def test_each_planted_bug_shows_alone() -> None:
    mutants = {m.name: catalog.mutant_module(DRILL, m) for m in catalog.mutants(DRILL)}
    planted = DRILL.meta.bugs
    for case in SUITE.cases:
        want = REF.decode(*case.args, **case.kwargs)
        showing = [
            name
            for name in planted
            if not np.allclose(mutants[name].decode(*case.args, **case.kwargs), want, rtol=1e-6)
        ]
        assert len(showing) <= 1, (case.name, showing)
