"""The sampling reference agrees with independent oracles: Hugging Face's TemperatureLogitsWarper,
TopKLogitsWarper and TopPLogitsWarper written out with SciPy's softmax (on every case without ties at the
top-k boundary, where HF keeps every tied token and the drill keeps exactly k), hand-computed kept sets for
the tie cases, the promised 1e-9 margin between running sums and top_p, numpy's Generator.choice for
sample, and sample's empirical frequencies over many seeds."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.special import softmax

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("sampling"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


def hf_row(scores: np.ndarray, temperature: float, top_k: int, top_p: float) -> np.ndarray:
    """transformers' warpers in generate's order; min_tokens_to_keep = 1, filter_value = −inf."""
    if temperature == 0:  # generate's greedy search: argmax
        out = np.zeros_like(scores)
        out[np.argmax(scores)] = 1.0
        return out
    scores = scores / temperature  # TemperatureLogitsWarper
    if top_k > 0:  # TopKLogitsWarper: remove scores < the k-th largest
        k = min(top_k, scores.size)
        kth = np.sort(scores)[::-1][k - 1]
        scores = np.where(scores < kth, -np.inf, scores)
    if top_p < 1.0:  # TopPLogitsWarper
        order = np.argsort(scores, kind="stable")  # ascending
        cumulative = np.cumsum(softmax(scores[order]))
        remove = cumulative <= 1 - top_p
        remove[-1] = False
        removed = np.zeros(scores.size, dtype=bool)
        removed[order] = remove
        scores = np.where(removed, -np.inf, scores)
    return softmax(scores)


def settings(case) -> tuple:
    kw = case.kwargs
    return kw.get("temperature", 1.0), kw.get("top_k", 0), kw.get("top_p", 1.0)


def unordered_ties(row: np.ndarray, temperature: float, top_k: int, top_p: float) -> bool:
    """Ties where HF's rule differs (top-k keeps every tied token) or is left to torch.sort (top-p)."""
    if temperature == 0:
        return False
    z = np.sort(row / temperature)[::-1]
    at_k = 0 < top_k < row.size and z[top_k - 1] == z[top_k]
    return at_k or (top_p < 1.0 and np.unique(z).size < z.size)


@pytest.mark.parametrize("case", cases_of("filter_logits"), ids=lambda c: c.name)
def test_filter_matches_hugging_face_warpers(case) -> None:
    (logits,) = case.args
    temperature, top_k, top_p = settings(case)
    probs = REF.filter_logits(logits, **case.kwargs)
    assert probs.shape == logits.shape
    rows = np.atleast_2d(logits)
    got = np.atleast_2d(probs)
    np.testing.assert_allclose(got.sum(axis=1), 1.0, rtol=1e-12)
    for row, out in zip(rows, got, strict=True):
        if unordered_ties(row, temperature, top_k, top_p):
            continue
        np.testing.assert_allclose(out, hf_row(row, temperature, top_k, top_p), rtol=1e-9, atol=1e-300)


@pytest.mark.parametrize("case", cases_of("filter_logits"), ids=lambda c: c.name)
def test_running_sums_stay_clear_of_top_p(case) -> None:
    (logits,) = case.args
    temperature, top_k, top_p = settings(case)
    if temperature == 0 or top_p >= 1.0:
        return
    for row in np.atleast_2d(logits):
        z = row / temperature
        keep = np.ones(z.size, dtype=bool)
        if 0 < top_k < z.size:
            keep[sorted(range(z.size), key=lambda i: (-z[i], i))[:top_k]] = True
            keep[sorted(range(z.size), key=lambda i: (-z[i], i))[top_k:]] = False
        p = softmax(np.where(keep, z, -np.inf))
        running = np.cumsum(np.sort(p)[::-1])
        assert np.abs(running - top_p).min() > 1e-9


def kept(name: str) -> list[list[int]]:
    (case,) = [c for c in SUITE.cases if c.name == name]
    probs = np.atleast_2d(REF.filter_logits(*case.args, **case.kwargs))
    return [np.flatnonzero(row).tolist() for row in probs]


def test_hand_made_cases_keep_the_stated_tokens() -> None:
    assert kept("top_p keeps the token that crosses top_p") == [[0, 1]]
    assert kept("top_p keeps the crossing token after top_k") == [[0, 1, 2]]
    assert kept("top_p on the top-k survivors renormalised") == [[0]]
    assert kept("top_p after temperature 2") == [[0, 1, 2]]
    assert kept("greedy (temperature 0) with tied maxima") == [[1], [0], [1]]
    assert kept("top_k with ties at the boundary") == [[0, 1, 2]]
    # [2, 1, 3, 1, 1, 0] and its reverse [0, 1, 1, 3, 1, 2], top 4 each
    assert kept("top_k with ties at the boundary, at temperature 0.5") == [[0, 1, 2, 3], [1, 2, 3, 5]]
    assert kept("top_p with tied top tokens") == [[1]]
    assert kept("top_p with ties straddling the cut") == [[0, 2]]


@pytest.mark.parametrize("case", cases_of("sample"), ids=lambda c: c.name)
def test_sample_matches_generator_choice(case) -> None:
    probs, seed = case.args
    token = REF.sample(probs, seed)
    g = np.random.default_rng(seed)
    if probs.ndim == 1:
        assert isinstance(token, int) and token == g.choice(probs.size, p=probs)
    else:
        assert token.dtype == np.int64 and token.shape == (probs.shape[0],)
        assert token.tolist() == [int(g.choice(row.size, p=row)) for row in probs]
    assert (np.atleast_2d(probs)[np.arange(np.atleast_2d(probs).shape[0]), np.atleast_1d(token)] > 0).all()


def test_sample_frequencies_follow_the_distribution() -> None:
    probs = np.array([0.1, 0.0, 0.45, 0.05, 0.4])
    draws = np.bincount([REF.sample(probs, seed) for seed in range(4000)], minlength=5) / 4000
    assert draws[1] == 0
    np.testing.assert_allclose(draws, probs, atol=0.025)
    batch = REF.sample(np.tile(probs, (4000, 1)), 0)
    np.testing.assert_allclose(np.bincount(batch, minlength=5) / 4000, probs, atol=0.025)


def test_inputs_are_left_alone() -> None:
    logits = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 4.0]])
    before = logits.copy()
    REF.filter_logits(logits, temperature=0.5, top_k=2, top_p=0.9)
    assert np.array_equal(logits, before)
