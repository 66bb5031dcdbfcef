"""The rope reference agrees with RoPE written as explicit 2×2 rotations of the pairs (i, i + d/2)
(math.cos/math.sin, one row and one pair at a time) on every hidden case, and has RoPE's properties:
it preserves norms, position 0 is the identity, rotations compose (p then p' equals p + p'), and
q·k after RoPE depends only on the difference of the positions."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("rope"))
REF = SUITE.reference


def rope_loops(x, positions, base: float = 10000.0) -> np.ndarray:
    d = x.shape[-1]
    half = d // 2
    flat = x.reshape(-1, x.shape[-2], d)
    out = np.zeros_like(flat)
    for b in range(flat.shape[0]):
        for t, p in enumerate(positions.tolist()):
            for i in range(half):
                phi = p * base ** (-2 * i / d)
                c, s = math.cos(phi), math.sin(phi)
                u, v = flat[b, t, i], flat[b, t, i + half]
                out[b, t, i] = c * u - s * v
                out[b, t, i + half] = s * u + c * v
    return out.reshape(x.shape)


@pytest.mark.parametrize("case", SUITE.cases, ids=lambda c: c.name)
def test_matches_explicit_rotations(case) -> None:
    x, positions = case.args
    got = REF.rope(x, positions, **case.kwargs)
    assert got.shape == x.shape and got.dtype == np.float64
    np.testing.assert_allclose(got, rope_loops(x, positions, **case.kwargs), rtol=1e-9, atol=1e-10)
    np.testing.assert_allclose(np.linalg.norm(got, axis=-1), np.linalg.norm(x, axis=-1), rtol=1e-12)


def test_position_zero_is_the_identity_and_rotations_compose() -> None:
    x = np.random.default_rng(1).normal(size=(3, 5, 12))
    assert np.array_equal(REF.rope(x, np.zeros(5, dtype=np.int64)), x)
    p, q = np.array([0, 3, 9, 2, 40]), np.array([1, 1, 5, 30, 7])
    np.testing.assert_allclose(REF.rope(REF.rope(x, p), q), REF.rope(x, p + q), rtol=1e-10, atol=1e-12)


def test_scores_depend_only_on_relative_position() -> None:
    rng = np.random.default_rng(2)
    q, k = rng.normal(size=16), rng.normal(size=16)

    def score(m: int, n: int) -> float:
        return float(REF.rope(q[None], np.array([m]))[0] @ REF.rope(k[None], np.array([n]))[0])

    for offset in (0, 1, 5, -3):
        scores = [score(m, m + offset) for m in (3, 10, 50, 1000)]
        assert scores == pytest.approx([scores[0]] * 4, rel=1e-9, abs=1e-9)
    assert score(0, 4) != pytest.approx(score(0, 5))
