"""The batch_norm reference agrees with independent oracles on every hidden case: PyTorch's BatchNorm
formulas written channel by channel with Python's `statistics` (exact mean, population variance to
normalise, sample variance for the running estimate), and scikit-learn's StandardScaler for 2-D batches."""

from __future__ import annotations

import math
import statistics

import numpy as np
import pytest
from sklearn.preprocessing import StandardScaler

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("batch_norm"))
REF = SUITE.reference
CASES = [c for c in SUITE.cases if c.func == "batch_norm"]


def channels(x: np.ndarray) -> list[list[float]]:
    return [x[:, c].ravel().tolist() for c in range(x.shape[1])]


def torch_formula(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5) -> tuple:
    out = np.empty_like(x)
    new_mean, new_var = [], []
    for c, values in enumerate(channels(x)):
        if training:
            mu, var = statistics.fmean(values), statistics.pvariance(values)
            new_mean.append((1 - momentum) * running_mean[c] + momentum * mu)
            new_var.append((1 - momentum) * running_var[c] + momentum * statistics.variance(values))
        else:
            mu, var = running_mean[c], running_var[c]
            new_mean.append(running_mean[c])
            new_var.append(running_var[c])
        out[:, c] = (x[:, c] - mu) / math.sqrt(var + eps) * gamma[c] + beta[c]
    return out, np.array(new_mean), np.array(new_var)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_batch_norm_matches_channel_loops(case) -> None:
    got = REF.batch_norm(*case.args, **case.kwargs)
    want = torch_formula(*case.args, **case.kwargs)
    for name, g, w in zip(("out", "new_running_mean", "new_running_var"), got, want, strict=True):
        assert g.shape == w.shape, name
        np.testing.assert_allclose(g, w, rtol=1e-9, atol=1e-9, err_msg=name)


@pytest.mark.parametrize("case", [c for c in CASES if c.args[0].ndim == 2 and c.args[5]], ids=lambda c: c.name)
def test_training_2d_matches_standard_scaler(case) -> None:
    x, gamma, beta, *_ = case.args
    eps = case.kwargs.get("eps", 1e-5)
    scaler = StandardScaler().fit(x)
    z = scaler.transform(x)  # (x − μ) / σ with the biased σ; a constant column is left at 0
    want = z * (scaler.scale_ / np.sqrt(scaler.var_ + eps)) * gamma + beta
    want[:, scaler.var_ == 0] = beta[scaler.var_ == 0]
    out = REF.batch_norm(*case.args, **case.kwargs)[0]
    np.testing.assert_allclose(out, want, rtol=1e-7, atol=1e-9)


def test_eval_returns_running_statistics_unchanged_and_inputs_stay() -> None:
    case = next(c for c in CASES if not c.args[5])
    before = [np.copy(a) for a in case.args[:5]]
    _, mean, var = REF.batch_norm(*case.args)
    assert (mean == case.args[3]).all() and (var == case.args[4]).all()
    assert mean is not case.args[3] and var is not case.args[4]
    assert all((a == b).all() for a, b in zip(case.args[:5], before, strict=True))
