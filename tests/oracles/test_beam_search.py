"""The beam_search reference agrees with independent oracles on every hidden case: exhaustive enumeration
of all sequences (the result of a beam wide enough never to prune), greedy decoding written directly for
beam_width = 1, the returned score recomputed from the returned tokens, and the prompt's worked example."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("beam_search"))
REF = SUITE.reference
CASES = SUITE.cases


def unpack(case) -> tuple:
    log_probs, start, eos, beam_width, max_len = case.args
    return log_probs, start, eos, beam_width, max_len, case.kwargs.get("length_penalty", 1.0)


def logp_of(log_probs: np.ndarray, seq: list[int]) -> float:
    total = 0.0
    for a, b in itertools.pairwise(seq):
        total += float(log_probs[a, b])
    return total


def exhaustive(log_probs, start, eos, max_len, length_penalty) -> tuple[list[int], float]:
    """The best of every sequence that ends in eos within max_len generated tokens (eos nowhere else); if
    eos could never be reached, the best of the sequences of exactly max_len tokens."""
    vocab = log_probs.shape[0]
    others = [t for t in range(vocab) if t != eos]
    finished = []
    for n in range(max_len):
        for middle in itertools.product(others, repeat=n):
            finished.append([start, *middle, eos])
    pool = finished or [[start, *m] for m in itertools.product(others, repeat=max_len)]
    scored = [(logp_of(log_probs, s) / (len(s) - 1) ** length_penalty, s) for s in pool]
    best = max(score for score, _ in scored)
    return min(s for score, s in scored if score == best), best


def greedy(log_probs, start, eos, max_len, length_penalty) -> tuple[list[int], float]:
    seq = [start]
    while len(seq) - 1 < max_len and seq[-1] != eos:
        seq.append(int(np.argmax(log_probs[seq[-1]])))
    return seq, logp_of(log_probs, seq) / (len(seq) - 1) ** length_penalty


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_wide_beam_is_exhaustive_search(case) -> None:
    log_probs, start, eos, beam_width, max_len, lp = unpack(case)
    everything = log_probs.shape[0] ** max_len
    if everything > 5000:
        pytest.skip("too many sequences to enumerate")
    want_tokens, want_score = exhaustive(log_probs, start, eos, max_len, lp)
    tokens, score = REF.beam_search(log_probs, start, eos, everything, max_len, lp)
    assert tokens.tolist() == want_tokens
    assert score == pytest.approx(want_score, rel=1e-12)
    if beam_width >= everything:
        assert REF.beam_search(*case.args, **case.kwargs)[0].tolist() == want_tokens


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_result_is_consistent_and_beam_one_is_greedy(case) -> None:
    log_probs, start, eos, beam_width, max_len, lp = unpack(case)
    tokens, score = REF.beam_search(*case.args, **case.kwargs)
    seq = tokens.tolist()
    assert tokens.dtype == np.int64 and seq[0] == start and 2 <= len(seq) <= max_len + 1
    assert eos not in seq[1:-1]
    assert score == pytest.approx(logp_of(log_probs, seq) / (len(seq) - 1) ** lp, rel=1e-12)
    if beam_width == 1:
        want_tokens, want_score = greedy(log_probs, start, eos, max_len, lp)
        assert seq == want_tokens and score == pytest.approx(want_score, rel=1e-12)


def test_worked_example_of_the_prompt() -> None:
    table = np.array([[-2.0, -1, -3, -3], [-3, -3, -2, -1], [-2, -3, -3, -1], [-2, -2, -2, -2]])
    tokens, score = REF.beam_search(table, 0, 3, 2, 4)
    assert tokens.tolist() == [0, 1, 3] and score == -1.0
    tokens, score = REF.beam_search(table, 0, 3, 2, 4, length_penalty=0.0)
    assert tokens.tolist() == [0, 1, 3] and score == -2.0
    tokens, score = REF.beam_search(table, 0, 3, 2, 4, length_penalty=2.0)
    assert tokens.tolist() == [0, 0, 1, 3] and math.isclose(score, -4 / 9)


def test_inputs_are_left_alone() -> None:
    table = np.log(np.full((3, 3), 1 / 3))
    before = table.copy()
    REF.beam_search(table, 0, 2, 2, 3)
    assert np.array_equal(table, before)
