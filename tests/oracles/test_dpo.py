"""The dpo reference agrees with independent oracles on every hidden case: SciPy's log_expit for log σ,
scikit-learn's log_loss on the Bradley–Terry probabilities σ(βz) (label smoothing as sample weights on the
flipped labels) where the probabilities are not clipped, the identity βz = chosen_rewards − rejected_rewards,
and the symmetry that label smoothing ε mixes the loss of the pairs with the loss of the swapped pairs."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import expit, log_expit
from sklearn.metrics import log_loss

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("dpo"))
REF = SUITE.reference
CASES = SUITE.cases


def settings(case) -> tuple[float, float]:
    return case.kwargs.get("beta", 0.1), case.kwargs.get("label_smoothing", 0.0)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_loss_matches_log_expit_and_rewards_match_the_definition(case) -> None:
    pc, pr, rc, rr = case.args
    beta, eps = settings(case)
    loss, chosen, rejected = REF.dpo_loss(*case.args, **case.kwargs)
    z = (pc - pr) - (rc - rr)
    want = np.mean(-(1 - eps) * log_expit(beta * z) - eps * log_expit(-beta * z))
    assert isinstance(loss, float) and math.isfinite(loss)
    assert loss == pytest.approx(want, rel=1e-12)
    np.testing.assert_allclose(chosen, beta * (pc - rc), rtol=1e-15)
    np.testing.assert_allclose(rejected, beta * (pr - rr), rtol=1e-15)
    np.testing.assert_allclose(chosen - rejected, beta * z, rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_loss_is_bradley_terry_log_loss(case) -> None:
    pc, pr, rc, rr = case.args
    beta, eps = settings(case)
    margin = beta * ((pc - pr) - (rc - rr))
    if np.abs(margin).max() > 30:  # log_loss clips probabilities at machine epsilon
        pytest.skip("probabilities too close to 0 or 1 for log_loss")
    loss, _, _ = REF.dpo_loss(*case.args, **case.kwargs)
    p = expit(margin)
    b = p.size
    y = np.concatenate([np.ones(b), np.zeros(b)])  # the label, and the flipped label with weight ε
    weights = np.concatenate([np.full(b, 1 - eps), np.full(b, eps)])
    probs = np.concatenate([p, p])
    expected = log_loss(y, probs, sample_weight=weights, labels=[0, 1]) * weights.sum() / b
    assert loss == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_label_smoothing_mixes_with_the_swapped_pairs(case) -> None:
    pc, pr, rc, rr = case.args
    beta, eps = settings(case)
    plain = REF.dpo_loss(pc, pr, rc, rr, beta)[0]
    swapped = REF.dpo_loss(pr, pc, rr, rc, beta)[0]
    assert REF.dpo_loss(pc, pr, rc, rr, beta, eps)[0] == pytest.approx((1 - eps) * plain + eps * swapped, rel=1e-12)


def test_equal_policy_and_reference_gives_log_two() -> None:
    logps = np.array([-12.0, -40.0, -7.5])
    loss, chosen, rejected = REF.dpo_loss(logps, logps + 3, logps, logps + 3, beta=0.3, label_smoothing=0.2)
    assert loss == pytest.approx(math.log(2), rel=1e-15)
    assert not chosen.any() and not rejected.any()


def test_huge_margins_are_exact_and_inputs_stay() -> None:
    args = (np.array([5000.0, -5000.0]), np.array([-5000.0, 5000.0]), np.zeros(2), np.zeros(2))
    before = [a.copy() for a in args]
    with np.errstate(over="raise", divide="raise", invalid="raise"):
        loss, _, _ = REF.dpo_loss(*args, beta=1.0)
    assert loss == pytest.approx(1e4 / 2, rel=1e-15)  # −log σ(1e4) ≈ 0, −log σ(−1e4) ≈ 1e4
    assert all(np.array_equal(a, b) for a, b in zip(args, before, strict=True))
