"""The mlp_backprop reference agrees with independent oracles on every hidden case: the network written as
scalar loops with math.exp (forward and a hand-unrolled chain rule), and central finite differences for
every gradient entry whose perturbation does not cross a ReLU kink."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("mlp_backprop"))
REF = SUITE.reference
CASES = [c for c in SUITE.cases if c.func == "mlp_forward_backward"]
NAMES = ("W1", "b1", "W2", "b2")


def loops(X, y, W1, b1, W2, b2) -> tuple:
    """Loss and gradients one scalar at a time; ReLU'(0) = 0."""
    n, d = X.shape
    h, c = W2.shape
    dW1, db1, dW2, db2 = [[0.0] * h for _ in range(d)], [0.0] * h, [[0.0] * c for _ in range(h)], [0.0] * c
    total = 0.0
    for i in range(n):
        z1 = [sum(X[i, k] * W1[k, j] for k in range(d)) + b1[j] for j in range(h)]
        a1 = [max(v, 0.0) for v in z1]
        logits = [sum(a1[j] * W2[j, o] for j in range(h)) + b2[o] for o in range(c)]
        top = max(logits)
        lse = top + math.log(math.fsum(math.exp(v - top) for v in logits))
        total += lse - logits[y[i]]
        delta = [(math.exp(logits[o] - lse) - (o == y[i])) / n for o in range(c)]
        for o in range(c):
            db2[o] += delta[o]
            for j in range(h):
                dW2[j][o] += a1[j] * delta[o]
        for j in range(h):
            g = sum(W2[j, o] * delta[o] for o in range(c)) if z1[j] > 0 else 0.0
            db1[j] += g
            for k in range(d):
                dW1[k][j] += X[i, k] * g
    return total / n, np.array(dW1), np.array(db1), np.array(dW2), np.array(db2)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_reference_matches_scalar_loops(case) -> None:
    got = REF.mlp_forward_backward(*case.args)
    want = loops(*case.args)
    assert got[0] == pytest.approx(want[0], rel=1e-12)
    for name, g, w in zip(NAMES, got[1:], want[1:], strict=True):
        assert g.shape == w.shape, name
        np.testing.assert_allclose(g, w, rtol=1e-9, atol=1e-12 * max(1.0, np.abs(w).max()), err_msg=name)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_gradients_match_central_differences(case) -> None:
    X, y, *params = case.args
    grads = REF.mlp_forward_backward(X, y, *params)[1:]
    step = 1e-6

    def pattern(ps) -> np.ndarray:
        return (X @ ps[0] + ps[1]) > 0

    base = pattern(params)
    checked = 0
    for p, (name, grad) in enumerate(zip(NAMES, grads, strict=True)):
        numeric = np.full(grad.shape, np.nan)
        for idx in np.ndindex(*grad.shape):
            plus = [q.copy() for q in params]
            minus = [q.copy() for q in params]
            plus[p][idx] += step
            minus[p][idx] -= step
            if (pattern(plus) != base).any() or (pattern(minus) != base).any():
                continue  # the step crosses a ReLU kink (a pre-activation at or near 0)
            numeric[idx] = (REF.mlp_forward_backward(X, y, *plus)[0] - REF.mlp_forward_backward(X, y, *minus)[0]) / (
                2 * step
            )
        ok = ~np.isnan(numeric)
        checked += int(ok.sum())
        scale = max(np.abs(grad).max(), 1e-12)
        assert np.abs(numeric[ok] - grad[ok]).max(initial=0.0) / scale < 1e-6, name
    assert checked >= 0.8 * sum(g.size for g in grads)


def test_relu_kink_passes_no_gradient() -> None:
    case = next(c for c in CASES if "exactly 0" in c.name)
    X, _, W1, b1, _, _ = case.args
    _, dW1, db1, _, _ = REF.mlp_forward_backward(*case.args)
    assert (X @ W1 + b1)[:, 1].tolist() == [0.0] * X.shape[0]
    assert not dW1[:, 1].any() and db1[1] == 0.0


def test_reference_leaves_inputs_alone() -> None:
    args = CASES[0].args
    before = [np.copy(a) for a in args]
    REF.mlp_forward_backward(*args)
    assert all((a == b).all() for a, b in zip(args, before, strict=True))
