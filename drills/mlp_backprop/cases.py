"""Hidden tests for the MLP backprop drill: seeded random networks plus named edge cases."""

import numpy as np

from mlprep.author import Case, rng, seeds


def network(seed: int, n: int, d: int, h: int, c: int, out_scale: float = 1.0) -> tuple:
    """X, y, W1, b1, W2, b2 for one random network; `out_scale` scales the logits."""
    g = rng(seed)
    X = g.normal(size=(n, d))
    y = g.integers(0, c, size=n).astype(np.int64)
    W1 = g.normal(size=(d, h)) / np.sqrt(d)
    b1 = g.normal(size=h) * 0.1
    W2 = g.normal(size=(h, c)) / np.sqrt(h) * out_scale
    b2 = g.normal(size=c) * 0.1
    return X, y, W1, b1, W2, b2


def exact_zeros(seed: int) -> tuple:
    """Hidden pre-activations that are exactly 0: unit 1 has a zero column and zero bias, and row 0 of X is
    zeros where b1 has zeros. (ReLU'(0) = 0 blocks the gradient there.)"""
    X, y, W1, b1, W2, b2 = network(seed, 7, 4, 5, 3)
    X[0] = 0.0
    W1[:, 1] = 0.0
    b1[[1, 3]] = 0.0
    return X, y, W1, b1, W2, b2


def all_inactive(seed: int) -> tuple:
    """Every hidden pre-activation negative: nothing reaches W1 and b1, the output depends on b2 alone."""
    X, y, W1, b1, W2, b2 = network(seed, 6, 3, 4, 3)
    return np.abs(X), y, -np.abs(W1), -np.abs(b1) - 0.5, W2, b2


def huge_logits(seed: int) -> tuple:
    """Logits around ±1e3, with labels chosen against the prediction in some rows."""
    X, y, W1, b1, W2, b2 = network(seed, 8, 4, 6, 3, out_scale=1100.0)
    logits = np.maximum(X @ W1 + b1, 0.0) @ W2 + b2
    y[:4] = np.argmin(logits[:4], axis=1)
    return X, y, W1, b1, W2, b2


def cases() -> list[Case]:
    found = [
        Case(
            f"random network N={n}, D={d}, H={h}, C={c}",
            "correctness",
            "mlp_forward_backward",
            network(s, n, d, h, c),
            seed=s,
        )
        for s, (n, d, h, c) in zip(seeds(3, family=1), ((5, 3, 4, 2), (16, 6, 8, 3), (30, 10, 7, 5)), strict=True)
    ]
    found += [
        Case("one example (N = 1)", "edge cases", "mlp_forward_backward", network(10, 1, 4, 5, 3), seed=10),
        Case(
            "H = C (a missing transpose still runs)",
            "shapes",
            "mlp_forward_backward",
            network(11, 6, 5, 4, 4),
            seed=11,
            note="with H = C, W2 where W2ᵀ belongs (or dlogitsᵀ·A1 for dW2) runs without a shape error:"
            " dW2 = A1ᵀ·dlogits (H, C) and dA1 = dlogits·W2ᵀ (N, H)",
        ),
        Case(
            "N = H (summing over the wrong axis still runs)",
            "shapes",
            "mlp_forward_backward",
            network(12, 5, 3, 5, 2),
            seed=12,
            note="a bias gradient sums over the examples (axis 0) and has its parameter's shape: (H,) for db1,"
            " (C,) for db2",
            note_on=("db1", "db2"),
        ),
        Case("one feature (D = 1)", "shapes", "mlp_forward_backward", network(13, 9, 1, 3, 2), seed=13),
        Case(
            "hidden pre-activations exactly 0",
            "edge cases",
            "mlp_forward_backward",
            exact_zeros(14),
            seed=14,
            note="if only this case fails: ReLU'(0) = 0, so where Z1 == 0 no gradient passes (Z1 > 0, not >= 0)",
        ),
        Case(
            "every hidden unit inactive",
            "edge cases",
            "mlp_forward_backward",
            all_inactive(15),
            seed=15,
            note="with every Z1 < 0, dW1 and db1 are exactly 0",
        ),
        Case(
            "logits around ±1e3",
            "stability",
            "mlp_forward_backward",
            huge_logits(16),
            seed=16,
            note="if only this case fails: subtract the row maximum before exp and take the loss from"
            " log-softmax; log(softmax) is −inf when a probability rounds to 0",
            no_warnings=True,
            note_on=("warning", "nonfinite", "loss"),
        ),
    ]
    return found
