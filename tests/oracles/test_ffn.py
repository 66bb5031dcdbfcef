"""The ffn reference agrees with SciPy on every hidden case: the exact GELU is x·Φ(x) (scipy.special.ndtr
and scipy.special.erf), the tanh GELU matches math.tanh element by element and stays within 1e-3 of the
exact one, SiLU is x·expit(x), and SwiGLU matches explicit sums."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import erf, expit, ndtr

from mlprep.grader import catalog

FFN = catalog.suite(catalog.find("ffn"))


def cases_of(func: str) -> list:
    return [c for c in FFN.cases if c.func == func]


def approximate_of(case) -> str:
    return case.kwargs.get("approximate", case.args[1] if len(case.args) > 1 else "none")


@pytest.mark.parametrize("case", cases_of("gelu"), ids=lambda c: c.name)
def test_gelu_matches_scipy(case) -> None:
    x = case.args[0]
    got = FFN.reference.gelu(*case.args, **case.kwargs)
    if approximate_of(case) == "none":
        assert got == pytest.approx(x * ndtr(x), rel=1e-12, abs=1e-12)
        assert got == pytest.approx(0.5 * x * (1 + erf(x / np.sqrt(2))), rel=1e-12, abs=1e-12)
    else:
        c = math.sqrt(2 / math.pi)
        loops = [0.5 * v * (1 + math.tanh(c * (v + 0.044715 * v**3))) for v in x.ravel().tolist()]
        assert got == pytest.approx(np.array(loops).reshape(x.shape), rel=1e-12, abs=1e-12)
        assert np.abs(got - x * ndtr(x)).max() < 1e-3


@pytest.mark.parametrize("case", cases_of("silu"), ids=lambda c: c.name)
def test_silu_matches_expit(case) -> None:
    (x,) = case.args
    assert FFN.reference.silu(x) == pytest.approx(x * expit(x), rel=1e-12, abs=1e-300)


@pytest.mark.parametrize("case", cases_of("swiglu_ffn"), ids=lambda c: c.name)
def test_swiglu_matches_sums(case) -> None:
    x, W_gate, W_up, W_down = case.args
    D, F = W_gate.shape
    rows = x.reshape(-1, D)
    want = np.zeros_like(rows)
    for n, row in enumerate(rows.tolist()):
        for f in range(F):
            gate = math.fsum(row[d] * W_gate[d, f] for d in range(D))
            up = math.fsum(row[d] * W_up[d, f] for d in range(D))
            hidden = gate * float(expit(gate)) * up
            want[n] += hidden * W_down[f]
    got = FFN.reference.swiglu_ffn(*case.args)
    assert got.shape == x.shape
    assert got.reshape(-1, D) == pytest.approx(want, rel=1e-9, abs=1e-9 * np.abs(want).max())
