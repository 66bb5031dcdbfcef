"""Hidden tests for the lstm_cell drill: seeded random LSTM and GRU steps with several sizes, zero
states, and saturated gates."""

import numpy as np

from mlprep.author import Case, rng, seeds


def lstm_inputs(seed: int, batch: int, n_in: int, hidden: int, scale: float = 1.0, zero_state: bool = False) -> tuple:
    g = rng(seed)
    x = g.normal(size=(batch, n_in))
    h = np.zeros((batch, hidden)) if zero_state else g.normal(size=(batch, hidden))
    c = np.zeros((batch, hidden)) if zero_state else g.normal(size=(batch, hidden)) * 2
    W_ih = g.normal(size=(4 * hidden, n_in)) * scale / np.sqrt(n_in)
    W_hh = g.normal(size=(4 * hidden, hidden)) * scale / np.sqrt(hidden)
    b_ih, b_hh = g.normal(size=4 * hidden) * 0.5, g.normal(size=4 * hidden) * 0.5
    return x, h, c, W_ih, W_hh, b_ih, b_hh


def gru_inputs(seed: int, batch: int, n_in: int, hidden: int, scale: float = 1.0, zero_state: bool = False) -> tuple:
    g = rng(seed)
    x = g.normal(size=(batch, n_in))
    h = np.zeros((batch, hidden)) if zero_state else g.normal(size=(batch, hidden))
    W_ih = g.normal(size=(3 * hidden, n_in)) * scale / np.sqrt(n_in)
    W_hh = g.normal(size=(3 * hidden, hidden)) * scale / np.sqrt(hidden)
    b_ih, b_hh = g.normal(size=3 * hidden) * 0.5, g.normal(size=3 * hidden) * 0.5
    return x, h, W_ih, W_hh, b_ih, b_hh


SATURATED = "gates saturate at 0 and 1 here; a sigmoid or tanh built from exp can overflow to inf/inf = nan"


def cases() -> list[Case]:
    sizes = ((3, 4, 5), (1, 6, 2), (4, 3, 3), (2, 1, 4))
    return [
        *[
            Case(f"lstm_cell, B={b} I={i} H={hd}", "correctness", "lstm_cell", lstm_inputs(s, b, i, hd), seed=s)
            for s, (b, i, hd) in zip(seeds(4, family=1), sizes, strict=True)
        ],
        Case(
            "lstm_cell from a zero state", "edge cases", "lstm_cell", lstm_inputs(11, 3, 4, 3, zero_state=True), seed=11
        ),
        Case("lstm_cell with B=1, I=1, H=1", "shapes", "lstm_cell", lstm_inputs(12, 1, 1, 1), seed=12),
        Case("lstm_cell with a larger batch", "shapes", "lstm_cell", lstm_inputs(13, 16, 5, 6), seed=13),
        Case(
            "lstm_cell with saturated gates (pre-activations near ±1000)",
            "stability",
            "lstm_cell",
            lstm_inputs(14, 3, 4, 5, scale=400.0),
            seed=14,
            note=SATURATED,
            note_on=("nonfinite",),
        ),
        *[
            Case(f"gru_cell, B={b} I={i} H={hd}", "correctness", "gru_cell", gru_inputs(s, b, i, hd), seed=s)
            for s, (b, i, hd) in zip(seeds(4, family=2), sizes, strict=True)
        ],
        Case("gru_cell from a zero state", "edge cases", "gru_cell", gru_inputs(21, 3, 4, 3, zero_state=True), seed=21),
        Case("gru_cell with B=1, I=1, H=1", "shapes", "gru_cell", gru_inputs(22, 1, 1, 1), seed=22),
        Case("gru_cell with a larger batch", "shapes", "gru_cell", gru_inputs(23, 16, 5, 6), seed=23),
        Case(
            "gru_cell with saturated gates (pre-activations near ±1000)",
            "stability",
            "gru_cell",
            gru_inputs(24, 3, 4, 5, scale=400.0),
            seed=24,
            note=SATURATED,
            note_on=("nonfinite",),
        ),
    ]
