"""The debug_batch_norm reference agrees with independent oracles on every hidden case: PyTorch's
BatchNorm1d formulas written column by column with Python's `statistics` (population variance to
normalise, sample variance for the running estimate, running statistics in evaluation), and
scikit-learn's StandardScaler for the training output."""

from __future__ import annotations

import math
import statistics

import numpy as np
import pytest
from sklearn.preprocessing import StandardScaler

from mlprep.grader import catalog

DRILL = catalog.find("debug_batch_norm")
SUITE = catalog.suite(DRILL)
REF = SUITE.reference
CASES = SUITE.cases


def torch_formula(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5) -> tuple:
    n, c = x.shape
    y = np.empty_like(x)
    new_mean, new_var = [], []
    for j in range(c):
        column = x[:, j].tolist()
        if training:
            mu, var = statistics.fmean(column), statistics.pvariance(column)
            new_mean.append((1 - momentum) * running_mean[j] + momentum * mu)
            new_var.append((1 - momentum) * running_var[j] + momentum * statistics.variance(column))
        else:
            mu, var = running_mean[j], running_var[j]
            new_mean.append(running_mean[j])
            new_var.append(running_var[j])
        for i in range(n):
            y[i, j] = (column[i] - mu) / math.sqrt(var + eps) * gamma[j] + beta[j]
    return y, np.array(new_mean), np.array(new_var)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_reference_matches_column_loops(case) -> None:
    before = [np.copy(a) for a in case.args[:5]]
    got = REF.batch_norm_forward(*case.args, **case.kwargs)
    want = torch_formula(*case.args, **case.kwargs)
    for name, g, w in zip(("y", "new_running_mean", "new_running_var"), got, want, strict=True):
        assert g.shape == w.shape, name
        np.testing.assert_allclose(g, w, rtol=1e-9, atol=1e-9, err_msg=name)
    assert all((a == b).all() for a, b in zip(case.args[:5], before, strict=True))


@pytest.mark.parametrize("case", [c for c in CASES if c.args[5]], ids=lambda c: c.name)
def test_training_output_matches_standard_scaler(case) -> None:
    x, gamma, beta, *_ = case.args
    eps = case.kwargs.get("eps", 1e-5)
    scaler = StandardScaler().fit(x)
    want = scaler.transform(x) * (scaler.scale_ / np.sqrt(scaler.var_ + eps)) * gamma + beta
    out = REF.batch_norm_forward(*case.args, **case.kwargs)[0]
    np.testing.assert_allclose(out, want, rtol=1e-7, atol=1e-9)


def test_evaluation_output_does_not_depend_on_the_rest_of_the_batch() -> None:
    case = next(c for c in CASES if not c.args[5] and c.args[0].shape[0] > 1)
    x, *rest = case.args
    whole = REF.batch_norm_forward(x, *rest)[0]
    alone = np.vstack([REF.batch_norm_forward(x[i : i + 1], *rest)[0] for i in range(len(x))])
    np.testing.assert_allclose(alone, whole, rtol=1e-14)


def test_the_starter_is_wrong_only_where_planted() -> None:
    """On an ordinary training batch at momentum 0.5 the starter's output and running mean are right and only
    the running variance (biased) differs; in evaluation only the output differs."""
    starter = catalog.module_from_source(DRILL.starter, "starter.py")
    g = np.random.default_rng(0)
    args = (g.normal(size=(6, 3)), g.normal(size=3), g.normal(size=3), g.normal(size=3), g.uniform(1, 2, 3))
    s = starter.batch_norm_forward(*args, True, momentum=0.5)
    r = REF.batch_norm_forward(*args, True, momentum=0.5)
    np.testing.assert_allclose(s[0], r[0], rtol=1e-12)
    np.testing.assert_allclose(s[1], r[1], rtol=1e-12)
    assert not np.allclose(s[2], r[2])
    s = starter.batch_norm_forward(*args, False)
    r = REF.batch_norm_forward(*args, False)
    assert not np.allclose(s[0], r[0])
    assert (s[1] == r[1]).all() and (s[2] == r[2]).all()
