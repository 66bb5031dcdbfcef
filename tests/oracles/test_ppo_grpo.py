"""The ppo_grpo reference agrees with independent oracles on every hidden case: TRL's token-level clipped
loss written as loops with math.fsum, the piecewise form of the clipped objective, the standard library's
sample statistics and SciPy's zscore for the GRPO advantages, and SciPy's kl_div for the k3 estimator
(whose exact expectation under π_θ is SciPy's KL divergence)."""

from __future__ import annotations

import math
import statistics

import numpy as np
import pytest
from scipy.special import kl_div, rel_entr
from scipy.stats import zscore

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("ppo_grpo"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


def trl_loss(logp, logp_old, advantages, mask, eps) -> float:
    """TRL's GRPO loss without the KL term, loss_type "dapo": per_token_loss = −min(coef_1·A, coef_2·A),
    (per_token_loss · mask).sum() / max(mask.sum(), 1), one token at a time."""
    terms = []
    for lp, lo, a, m in zip(logp.ravel(), logp_old.ravel(), advantages.ravel(), mask.ravel(), strict=True):
        if m:
            coef_1 = math.exp(lp - lo)
            coef_2 = min(max(coef_1, 1 - eps), 1 + eps)
            terms.append(-min(coef_1 * a, coef_2 * a))
    return math.fsum(terms) / max(len(terms), 1)


@pytest.mark.parametrize("case", cases_of("ppo_clip_loss"), ids=lambda c: c.name)
def test_ppo_clip_loss_matches_trl_formula(case) -> None:
    eps = case.kwargs.get("eps", 0.2)
    loss = REF.ppo_clip_loss(*case.args, **case.kwargs)
    assert loss == pytest.approx(trl_loss(*case.args, eps), rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("case", cases_of("ppo_clip_loss"), ids=lambda c: c.name)
def test_ppo_clip_loss_matches_piecewise_form(case) -> None:
    """min(rA, clip(r)A) = A·min(r, 1 + ε) for A ≥ 0 and A·max(r, 1 − ε) for A < 0."""
    logp, logp_old, advantages, mask = case.args
    eps = case.kwargs.get("eps", 0.2)
    r = np.exp(logp - logp_old)
    capped = np.where(advantages >= 0, np.minimum(r, 1 + eps), np.maximum(r, 1 - eps))
    expected = -(capped * advantages)[mask].sum() / max(mask.sum(), 1)
    assert REF.ppo_clip_loss(*case.args, **case.kwargs) == pytest.approx(expected, rel=1e-12, abs=1e-12)


def test_ppo_clip_loss_at_ratio_one_is_minus_mean_advantage() -> None:
    g = np.random.default_rng(3)
    logp = -g.random((3, 5))
    advantages = g.normal(size=(3, 5))
    mask = g.random((3, 5)) < 0.6
    mask[0, 0] = True
    loss = REF.ppo_clip_loss(logp, logp.copy(), advantages, mask)
    assert loss == pytest.approx(-advantages[mask].mean(), rel=1e-12)


@pytest.mark.parametrize("case", cases_of("grpo_advantages"), ids=lambda c: c.name)
def test_grpo_advantages_match_sample_statistics(case) -> None:
    (rewards,) = case.args
    got = REF.grpo_advantages(rewards)
    assert got.shape == rewards.shape
    for row, out in zip(np.atleast_2d(rewards), np.atleast_2d(got), strict=True):
        values = row.tolist()
        mean, std = statistics.fmean(values), statistics.stdev(values)
        np.testing.assert_allclose(out, [(v - mean) / (std + 1e-4) for v in values], rtol=1e-12, atol=1e-12)
        if std > 0:
            np.testing.assert_allclose(out * (std + 1e-4) / std, zscore(row, ddof=1), rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("case", cases_of("kl_k3"), ids=lambda c: c.name)
def test_kl_k3_matches_scipy_kl_div(case) -> None:
    """k3 = r − log r − 1 with r = π_ref/π_θ is SciPy's kl_div(1, r) = 1·log(1/r) − 1 + r."""
    logp, logp_ref = case.args
    got = REF.kl_k3(logp, logp_ref)
    np.testing.assert_allclose(got, kl_div(1.0, np.exp(logp_ref - logp)), rtol=1e-9, atol=1e-12)
    assert (got >= 0).all()


def test_kl_k3_is_unbiased_for_kl_of_policy_from_reference() -> None:
    """Over a whole vocabulary, Σ_x π_θ(x)·k3(x) = KL(π_θ ‖ π_ref) exactly."""
    g = np.random.default_rng(5)
    policy, ref = g.dirichlet(np.ones(12)), g.dirichlet(np.ones(12))
    expected = rel_entr(policy, ref).sum()
    assert np.sum(policy * REF.kl_k3(np.log(policy), np.log(ref))) == pytest.approx(expected, rel=1e-10)
