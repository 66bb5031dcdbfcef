"""The lstm_cell reference agrees with PyTorch's LSTMCell / GRUCell formulas written as scalar loops
(one batch row and one hidden unit at a time, gate blocks picked by row index, math.exp and math.tanh),
on every hidden case; plus the limiting behaviour of the gates."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("lstm_cell"))
REF = SUITE.reference


def cases_of(func: str) -> list:
    return [c for c in SUITE.cases if c.func == func]


def sigma(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def affine(W, b, v, row: int) -> float:
    return sum(W[row][k] * v[k] for k in range(len(v))) + b[row]


def lstm_loops(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_ih, W_hh, b_ih, b_hh = W_ih.tolist(), W_hh.tolist(), b_ih.tolist(), b_hh.tolist()
    h_out, c_out = np.zeros_like(h), np.zeros_like(c)
    for n, (xn, hn, cn) in enumerate(zip(x.tolist(), h.tolist(), c.tolist(), strict=True)):
        for j in range(H):
            pre = [affine(W_ih, b_ih, xn, k * H + j) + affine(W_hh, b_hh, hn, k * H + j) for k in range(4)]
            i, f, g, o = sigma(pre[0]), sigma(pre[1]), math.tanh(pre[2]), sigma(pre[3])
            c_out[n, j] = f * cn[j] + i * g
            h_out[n, j] = o * math.tanh(c_out[n, j])
    return h_out, c_out


def gru_loops(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_ih, W_hh, b_ih, b_hh = W_ih.tolist(), W_hh.tolist(), b_ih.tolist(), b_hh.tolist()
    out = np.zeros_like(h)
    for n, (xn, hn) in enumerate(zip(x.tolist(), h.tolist(), strict=True)):
        for j in range(H):
            r = sigma(affine(W_ih, b_ih, xn, j) + affine(W_hh, b_hh, hn, j))
            z = sigma(affine(W_ih, b_ih, xn, H + j) + affine(W_hh, b_hh, hn, H + j))
            new = math.tanh(affine(W_ih, b_ih, xn, 2 * H + j) + r * affine(W_hh, b_hh, hn, 2 * H + j))
            out[n, j] = (1 - z) * new + z * hn[j]
    return out


@pytest.mark.parametrize("case", cases_of("lstm_cell"), ids=lambda c: c.name)
def test_lstm_cell_matches_pytorch_formulas(case) -> None:
    h_next, c_next = REF.lstm_cell(*case.args)
    want_h, want_c = lstm_loops(*case.args)
    assert c_next == pytest.approx(want_c, rel=1e-9, abs=1e-12)
    assert h_next == pytest.approx(want_h, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("case", cases_of("gru_cell"), ids=lambda c: c.name)
def test_gru_cell_matches_pytorch_formulas(case) -> None:
    assert REF.gru_cell(*case.args) == pytest.approx(gru_loops(*case.args), rel=1e-9, abs=1e-12)


def test_gates_in_their_limits() -> None:
    """Forget gate fully open, input gate shut: the cell state passes through unchanged. GRU update gate
    at 1: the hidden state passes through unchanged; at 0 (and r = 1): h_next = tanh(x-part + h-part)."""
    rng = np.random.default_rng(5)
    B, n_in, H = 2, 3, 4
    x, h, c = rng.normal(size=(B, n_in)), rng.normal(size=(B, H)), rng.normal(size=(B, H))
    zeros4 = np.zeros((4 * H, n_in)), np.zeros((4 * H, H))
    big = np.zeros(4 * H)
    big[:H], big[H : 2 * H] = -1000.0, 1000.0  # i → 0, f → 1
    _, c_next = REF.lstm_cell(x, h, c, *zeros4, big, np.zeros(4 * H))
    assert c_next == pytest.approx(c, rel=1e-15)
    W_ih, W_hh = rng.normal(size=(3 * H, n_in)), rng.normal(size=(3 * H, H))
    b = np.zeros(3 * H)
    b[H : 2 * H] = 1000.0  # z → 1
    assert REF.gru_cell(x, h, W_ih, W_hh, b, np.zeros(3 * H)) == pytest.approx(h, rel=1e-15)
    b[:H], b[H : 2 * H] = 1000.0, -1000.0  # r → 1, z → 0
    expected = np.tanh(x @ W_ih[2 * H :].T + h @ W_hh[2 * H :].T)
    assert REF.gru_cell(x, h, W_ih, W_hh, b, np.zeros(3 * H)) == pytest.approx(expected, rel=1e-12)


def test_saturated_cases_really_saturate() -> None:
    for case in SUITE.cases:
        if case.group == "stability":
            x, h, *_, W_ih, W_hh, b_ih, b_hh = case.args
            pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
            assert np.abs(pre).max() > 700  # exp(±700+) overflows a naive formula
