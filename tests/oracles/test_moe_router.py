"""The moe_router reference agrees with independent oracles on every hidden case: SciPy's softmax, the
ordering rule checked directly (chosen logits beat every unchosen one, descending, ties by smaller id), an
explicit per-token loop for the MoE layer, the dense-mixture identity at k = E, Switch Transformer's top-1
loss at k = 1 and Hugging Face Mixtral's load_balancing_loss_func formula (which is k times this loss)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.special import softmax as scipy_softmax

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("moe_router"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


@pytest.mark.parametrize("case", cases_of("route"), ids=lambda c: c.name)
def test_route_orders_experts_and_renormalises(case) -> None:
    x, W_router, k = case.args
    idx, weights = REF.route(x, W_router, k)
    logits = x @ W_router
    assert idx.shape == weights.shape == (x.shape[0], k) and idx.dtype.kind == "i"
    for t, row in enumerate(logits):
        chosen = idx[t].tolist()
        assert len(set(chosen)) == k
        values = row[chosen]
        for j in range(k - 1):
            assert values[j] > values[j + 1] or (values[j] == values[j + 1] and chosen[j] < chosen[j + 1])
        for other in set(range(row.size)) - set(chosen):
            assert row[other] < values[-1] or (row[other] == values[-1] and other > chosen[-1])
        np.testing.assert_allclose(weights[t], scipy_softmax(values), rtol=1e-12, atol=1e-300)


@pytest.mark.parametrize("case", cases_of("moe_forward"), ids=lambda c: c.name)
def test_moe_forward_matches_a_loop_over_tokens(case) -> None:
    x, W_router, W_experts, k = case.args
    out = REF.moe_forward(x, W_router, W_experts, k)
    logits = x @ W_router
    expected = np.zeros_like(x)
    for t in range(x.shape[0]):
        order = sorted(range(logits.shape[1]), key=lambda i: (-logits[t, i], i))[:k]
        gate = scipy_softmax(logits[t, order])
        for g, e in zip(gate, order, strict=True):
            expected[t] += g * (W_experts[e].T @ x[t])
    np.testing.assert_allclose(out, expected, rtol=1e-10, atol=1e-12)
    if k == W_router.shape[1]:  # every expert: a dense softmax mixture
        dense = np.einsum("te,td,edf->tf", scipy_softmax(logits, axis=1), x, W_experts)
        np.testing.assert_allclose(out, dense, rtol=1e-10, atol=1e-12)
    if k == 1:  # the argmax expert alone (np.argmax takes the first maximum: the smaller id)
        best = np.argmax(logits, axis=1)
        np.testing.assert_allclose(out, np.einsum("td,tdf->tf", x, W_experts[best]), rtol=1e-12, atol=1e-12)


def hf_mixtral_loss(logits: np.ndarray, k: int) -> float:
    """transformers' load_balancing_loss_func (no attention mask): routing_weights = softmax over all E,
    selected_experts = topk, expert_mask = one_hot(selected) (T, k, E), tokens_per_expert = mean over T,
    router_prob_per_expert = mean over T, loss = sum(tokens_per_expert * router_prob) * E."""
    e = logits.shape[1]
    probs = scipy_softmax(logits, axis=1)
    selected = np.array([sorted(range(e), key=lambda i: (-row[i], i))[:k] for row in logits.tolist()])
    expert_mask = np.eye(e)[selected]
    tokens_per_expert = expert_mask.mean(axis=0)
    return float(np.sum(tokens_per_expert * probs.mean(axis=0)[None, :]) * e)


@pytest.mark.parametrize("case", cases_of("load_balancing_loss"), ids=lambda c: c.name)
def test_load_balancing_loss_matches_switch_and_mixtral(case) -> None:
    x, W_router, k = case.args
    loss = REF.load_balancing_loss(x, W_router, k)
    logits = x @ W_router
    e = logits.shape[1]
    assert loss == pytest.approx(hf_mixtral_loss(logits, k) / k, rel=1e-12)
    if k == 1:
        f = np.bincount(np.argmax(logits, axis=1), minlength=e) / len(logits)
        assert loss == pytest.approx(e * np.dot(f, scipy_softmax(logits, axis=1).mean(axis=0)), rel=1e-12)
    if k == e:
        assert loss == pytest.approx(1.0, rel=1e-12)


def test_balanced_routing_gives_one_and_inputs_stay() -> None:
    # Four tokens, each with a different favourite among four experts, symmetric probabilities.
    x = np.eye(4)
    W_router = 3.0 * np.eye(4)
    before = x.copy(), W_router.copy()
    assert REF.load_balancing_loss(x, W_router, 1) == pytest.approx(1.0, rel=1e-12)
    idx, weights = REF.route(x, W_router, 2)
    assert idx[:, 0].tolist() == [0, 1, 2, 3] and idx[:, 1].tolist() == [1, 0, 0, 0]
    assert (x == before[0]).all() and (W_router == before[1]).all()
    assert weights.dtype == np.float64
