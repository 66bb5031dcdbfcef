"""The sinusoidal_pe reference agrees with the paper's formula written as loops with math.sin/math.cos,
on every hidden case, and has the properties the paper motivates it with: PE(p + k) is a fixed rotation
of PE(p) on every (sin, cos) pair, and PE(p)·PE(p + k) depends only on k."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("sinusoidal_pe"))
REF = SUITE.reference


def pe_loops(T: int, d: int, base: float = 10000.0) -> np.ndarray:
    rows = []
    for p in range(T):
        row = []
        for j in range(d):
            angle = p / base ** (2 * (j // 2) / d)
            row.append(math.sin(angle) if j % 2 == 0 else math.cos(angle))
        rows.append(row)
    return np.array(rows).reshape(T, d)


@pytest.mark.parametrize("case", SUITE.cases, ids=lambda c: c.name)
def test_matches_the_formula(case) -> None:
    got = REF.sinusoidal_pe(*case.args, **case.kwargs)
    want = pe_loops(*case.args, **case.kwargs)
    assert got.dtype == np.float64 and got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-11)


def test_shift_is_a_rotation_of_each_pair() -> None:
    d, k = 16, 5
    pe = REF.sinusoidal_pe(40, d)
    freqs = 10000.0 ** (-np.arange(0, d, 2) / d)
    for p in range(0, 30, 7):
        sin_p, cos_p = pe[p, 0::2], pe[p, 1::2]
        c, s = np.cos(k * freqs), np.sin(k * freqs)
        assert pe[p + k, 0::2] == pytest.approx(sin_p * c + cos_p * s, abs=1e-12)
        assert pe[p + k, 1::2] == pytest.approx(cos_p * c - sin_p * s, abs=1e-12)


def test_dot_product_depends_only_on_the_offset() -> None:
    pe = REF.sinusoidal_pe(60, 32)
    for k in (0, 1, 7):
        dots = [pe[p] @ pe[p + k] for p in range(0, 50, 5)]
        assert dots == pytest.approx([dots[0]] * len(dots), abs=1e-10)
        assert dots[0] == pytest.approx(np.cos(k * 10000.0 ** (-np.arange(0, 32, 2) / 32)).sum(), abs=1e-10)
