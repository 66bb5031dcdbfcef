"""Hidden tests for the LayerNorm drill: seeded random inputs plus named edge cases."""

import numpy as np

from mlprep.author import Case, rng, seeds


def params(seed: int, d: int) -> tuple:
    """gamma, beta of shape (d,): away from 1 and 0 so that mixing them up shows."""
    g = rng(seed + 1000)
    return 1.0 + 0.5 * g.normal(size=d), 0.3 * g.normal(size=d)


def data(seed: int, *shape: int, scale: float = 1.0, offset: float = 0.0) -> np.ndarray:
    g = rng(seed)
    return offset + g.normal(size=shape) * scale + 0.5 * g.normal(size=(*shape[:-1], 1))


def forward(seed: int, *shape: int, scale: float = 1.0, offset: float = 0.0) -> tuple:
    return (data(seed, *shape, scale=scale, offset=offset), *params(seed, shape[-1]))


def backward(seed: int, *shape: int, scale: float = 1.0, offset: float = 0.0) -> tuple:
    dout = rng(seed + 2000).normal(size=shape)
    return dout, data(seed, *shape, scale=scale, offset=offset), params(seed, shape[-1])[0]


def equal_rows(seed: int) -> np.ndarray:
    x = data(seed, 4, 5)
    x[1] = 3.0
    x[3] = -0.25
    return x


def tiny_spread(seed: int, n: int, d: int) -> np.ndarray:
    """Rows whose standard deviation is 1e-3 to 1e-2, where √(σ² + ε) and √σ² + ε differ a lot."""
    g = rng(seed)
    return g.normal(size=(n, 1)) + g.normal(size=(n, d)) * np.logspace(-3, -2, n)[:, None]


def cases() -> list[Case]:
    found = [
        *[
            Case(f"layer_norm of shape {shape}", "correctness", "layer_norm", forward(s, *shape), seed=s)
            for s, shape in zip(seeds(3, family=1), ((4, 8), (10, 3), (7, 16)), strict=True)
        ],
        Case("layer_norm of a 1-D x", "shapes", "layer_norm", forward(10, 6), seed=10),
        Case("layer_norm of a (2, 3, 5) x", "shapes", "layer_norm", forward(11, 2, 3, 5), seed=11),
        Case(
            "layer_norm with N = D (a wrong axis still runs)",
            "shapes",
            "layer_norm",
            forward(12, 6, 6),
            seed=12,
            note="if you took the statistics over the batch (axis 0), N = D still runs: they are over the last axis,"
            " each row",
        ),
        Case(
            "layer_norm with D = 1",
            "edge cases",
            "layer_norm",
            forward(13, 5, 1),
            seed=13,
            note="with one feature the centred value is 0 and the (biased) variance is 0, so out = beta",
        ),
        Case(
            "layer_norm with rows of equal values",
            "edge cases",
            "layer_norm",
            (equal_rows(14), *params(14, 5)),
            seed=14,
        ),
        Case(
            "layer_norm of rows with a tiny spread",
            "edge cases",
            "layer_norm",
            (tiny_spread(15, 6, 8), *params(15, 8)),
            seed=15,
            note="if ε is outside the root: it goes inside, √(σ² + ε), which matters most when σ² is small",
        ),
        Case("layer_norm with eps=1e-2", "edge cases", "layer_norm", forward(16, 5, 4), {"eps": 1e-2}, seed=16),
        Case(
            "layer_norm of rows with mean 1e6",
            "stability",
            "layer_norm",
            forward(17, 4, 16, offset=1e6),
            seed=17,
            note="if only the large-mean cases fail: compute σ² as mean((x − μ)²); E[x²] − μ² loses its digits"
            " when the mean is large",
        ),
        *[
            Case(
                f"layer_norm_backward of shape {shape}",
                "correctness",
                "layer_norm_backward",
                backward(s, *shape),
                seed=s,
            )
            for s, shape in zip(seeds(2, family=2), ((4, 8), (9, 3)), strict=True)
        ],
        Case(
            "layer_norm_backward of a (2, 4, 5) x",
            "shapes",
            "layer_norm_backward",
            backward(22, 2, 4, 5),
            seed=22,
            note="dgamma and dbeta sum over every leading axis (0 and 1 here), leaving shape (D,)",
            note_on=("dgamma", "dbeta"),
        ),
        Case(
            "layer_norm_backward of a (3, 2, 2, 4) x",
            "shapes",
            "layer_norm_backward",
            backward(23, 3, 2, 2, 4),
            seed=23,
        ),
        Case("layer_norm_backward of a 1-D x", "shapes", "layer_norm_backward", backward(24, 7), seed=24),
        Case(
            "layer_norm_backward with N = D",
            "shapes",
            "layer_norm_backward",
            backward(25, 5, 5),
            seed=25,
        ),
        Case(
            "layer_norm_backward with rows of equal values",
            "edge cases",
            "layer_norm_backward",
            (rng(26).normal(size=(4, 5)), equal_rows(26), params(26, 5)[0]),
            seed=26,
        ),
        Case(
            "layer_norm_backward of rows with a tiny spread",
            "edge cases",
            "layer_norm_backward",
            (rng(27).normal(size=(6, 8)), tiny_spread(27, 6, 8), params(27, 8)[0]),
            seed=27,
        ),
        Case(
            "layer_norm_backward with eps=1e-2",
            "edge cases",
            "layer_norm_backward",
            backward(28, 6, 4),
            {"eps": 1e-2},
            seed=28,
        ),
        Case(
            "layer_norm_backward of rows with mean 1e6",
            "stability",
            "layer_norm_backward",
            backward(29, 3, 16, offset=1e6),
            seed=29,
            note="if only the large-mean cases fail: compute σ² as mean((x − μ)²); E[x²] − μ² loses its digits"
            " when the mean is large",
        ),
        *[
            Case(f"rms_norm of shape {shape}", "correctness", "rms_norm", forward(s, *shape)[:2], seed=s)
            for s, shape in zip(seeds(2, family=3), ((4, 8), (6, 3)), strict=True)
        ],
        Case("rms_norm of a (2, 3, 4) x", "shapes", "rms_norm", forward(32, 2, 3, 4)[:2], seed=32),
        Case("rms_norm of a 1-D x", "shapes", "rms_norm", forward(33, 5)[:2], seed=33),
        Case(
            "rms_norm of rows with a large mean",
            "correctness",
            "rms_norm",
            forward(34, 4, 6, offset=5.0)[:2],
            seed=34,
            note="RMSNorm does not subtract the mean: divide x itself by √(mean(x²) + ε)",
        ),
        Case(
            "rms_norm with an all-zero row",
            "edge cases",
            "rms_norm",
            (_zero_row(forward(35, 3, 4)[0]), params(35, 4)[0]),
            seed=35,
            note="an all-zero row gives zeros: ε keeps the root positive",
        ),
        Case(
            "rms_norm of rows with a tiny scale",
            "edge cases",
            "rms_norm",
            (rng(36).normal(size=(5, 6)) * np.logspace(-4, -2, 5)[:, None], params(36, 6)[0]),
            seed=36,
            note="if ε is outside the root: it goes inside, √(mean(x²) + ε), which matters most for small values",
        ),
        Case("rms_norm with eps=1e-2", "edge cases", "rms_norm", forward(37, 4, 5)[:2], {"eps": 1e-2}, seed=37),
    ]
    return found


def _zero_row(x: np.ndarray) -> np.ndarray:
    x = x.copy()
    x[1] = 0.0
    return x
