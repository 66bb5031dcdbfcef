"""Hidden tests for the conv2d drill: seeded random convolutions and poolings, named edge cases for every
convention (padding, floor-mode sizes, non-square kernels, strides), and two performance cases."""

import numpy as np

from mlprep.author import Case, rng, seeds

CONV_BUDGET = 1.0
POOL_BUDGET = 1.0


def conv_inputs(seed: int, n: int, c_in: int, h: int, w: int, c_out: int, kh: int, kw: int) -> tuple:
    g = rng(seed)
    x = g.normal(size=(n, c_in, h, w))
    weights = g.normal(size=(c_out, c_in, kh, kw)) / np.sqrt(c_in * kh * kw)
    return x, weights, g.normal(size=c_out)


def pool_input(seed: int, n: int, c: int, h: int, w: int, shift: float = 0.0) -> np.ndarray:
    return rng(seed).normal(size=(n, c, h, w)) + shift


def conv(name, group, seed, sizes, stride=None, padding=None, note="", note_on=()) -> Case:
    kwargs = {}
    if stride is not None:
        kwargs["stride"] = stride
    if padding is not None:
        kwargs["padding"] = padding
    return Case(name, group, "conv2d", conv_inputs(seed, *sizes), kwargs, seed=seed, note=note, note_on=note_on)


def cases() -> list[Case]:
    random_convs = [
        conv(
            f"conv2d on random inputs, x {sizes[:4]}, w {(sizes[4], sizes[1], *sizes[5:])}, stride {s}, padding {p}",
            "correctness",
            seed,
            sizes,
            s,
            p,
        )
        for seed, (sizes, s, p) in zip(
            seeds(4, family=1),
            (
                ((2, 3, 7, 6, 4, 3, 3), 1, 0),
                ((1, 2, 8, 9, 3, 3, 2), 1, 1),
                ((2, 3, 9, 7, 2, 3, 2), 2, 1),
                ((3, 4, 6, 6, 5, 2, 2), 2, 0),
            ),
            strict=True,
        )
    ]
    random_pools = [
        Case(
            f"max_pool2d on random inputs, x {shape}, kernel {k}, stride {s}",
            "correctness",
            "max_pool2d",
            (pool_input(seed, *shape), k, s),
            seed=seed,
        )
        for seed, (shape, k, s) in zip(
            seeds(4, family=2),
            (((2, 3, 6, 8), 2, 2), ((1, 2, 5, 7), 3, 1), ((2, 2, 7, 9), 3, 2), ((1, 3, 8, 8), 2, 3)),
            strict=True,
        )
    ]
    perf_conv = conv_inputs(30, 8, 8, 64, 64, 16, 3, 3)
    return [
        *random_convs,
        conv("conv2d with defaults (stride 1, padding 0)", "correctness", 11, (2, 2, 5, 6, 3, 3, 3)),
        conv(
            "conv2d with a tall 3×1 kernel on a wide image",
            "shapes",
            12,
            (2, 3, 5, 8, 2, 3, 1),
            1,
            1,
            note="kh = w.shape[2] runs along the height, kw = w.shape[3] along the width",
        ),
        conv(
            "conv2d with a wide 2×4 kernel, stride 2",
            "shapes",
            13,
            (1, 2, 9, 10, 3, 2, 4),
            2,
            0,
            note="kh = w.shape[2] runs along the height, kw = w.shape[3] along the width",
        ),
        conv("conv2d with a 1×1 kernel", "shapes", 14, (2, 5, 4, 3, 3, 1, 1)),
        conv("conv2d with one input and one output channel", "shapes", 15, (2, 1, 6, 5, 1, 3, 3), 1, 1),
        conv(
            "conv2d with a kernel as large as the padded image",
            "edge cases",
            16,
            (2, 3, 4, 5, 2, 6, 7),
            1,
            1,
            note="here the output is 1×1: the single window covers the whole padded image",
        ),
        conv(
            "conv2d where the stride does not divide the size (floor)",
            "edge cases",
            17,
            (1, 2, 8, 8, 2, 3, 3),
            2,
            0,
            note="H_out = (8 - 3) // 2 + 1 = 3: round down; the last column and row are never a window's start",
        ),
        conv(
            "conv2d with stride 3 and padding 2",
            "edge cases",
            18,
            (2, 2, 7, 8, 3, 3, 2),
            3,
            2,
            note="pad 2 zeros on every side of the two spatial axes only (not the batch or channel axes):"
            " xp is (N, C_in, H + 4, W + 4), e.g. np.pad(x, ((0, 0), (0, 0), (2, 2), (2, 2))); then"
            " H_out = (H + 4 - kh) // 3 + 1",
            note_on=("values", "shape", "error"),
        ),
        conv(
            "conv2d with padding 2 and stride 1 (output larger than the input)",
            "edge cases",
            19,
            (1, 3, 4, 4, 2, 2, 2),
            1,
            2,
        ),
        *random_pools,
        Case(
            "max_pool2d of all-negative inputs",
            "edge cases",
            "max_pool2d",
            (pool_input(21, 2, 2, 6, 6, shift=-5.0), 2, 2),
            seed=21,
            note="the maximum of negative numbers is negative: start from -inf (or the first value), not 0",
        ),
        Case(
            "max_pool2d where the stride does not divide the size (floor)",
            "edge cases",
            "max_pool2d",
            (pool_input(22, 1, 2, 7, 5), 2, 2),
            seed=22,
            note="floor mode: (7 - 2) // 2 + 1 = 3 rows; the last row, which has no full window, is dropped",
        ),
        Case(
            "max_pool2d with overlapping windows (kernel 3, stride 1)",
            "edge cases",
            "max_pool2d",
            (pool_input(23, 2, 1, 6, 7), 3, 1),
            seed=23,
            note="windows start every `stride` pixels, not every `kernel` pixels",
        ),
        Case(
            "max_pool2d with a window as large as the image",
            "edge cases",
            "max_pool2d",
            (pool_input(24, 2, 3, 4, 4), 4, 1),
            seed=24,
        ),
        Case(
            "max_pool2d with kernel 1 and stride 1 (identity)",
            "shapes",
            "max_pool2d",
            (pool_input(25, 1, 2, 3, 4), 1, 1),
            seed=25,
        ),
        Case(
            "conv2d on x (8, 8, 64, 64), w (16, 8, 3, 3), padding 1",
            "performance",
            "conv2d",
            perf_conv,
            {"stride": 1, "padding": 1},
            seed=30,
            note=f"vectorised code takes well under {CONV_BUDGET:g} s here; a Python loop over every output value"
            " takes seconds. Loop over the kh*kw kernel offsets (or use"
            " sliding_window_view / im2col) and let numpy do the rest.",
            time_limit=CONV_BUDGET,
        ),
        Case(
            "max_pool2d on x (16, 16, 64, 64), kernel 3, stride 1",
            "performance",
            "max_pool2d",
            (pool_input(31, 16, 16, 64, 64), 3, 1),
            seed=31,
            note=f"vectorised code takes well under {POOL_BUDGET:g} s here; a Python loop over every output value"
            " does not. Take np.maximum over the k*k window offsets, or use sliding_window_view.",
            time_limit=POOL_BUDGET,
        ),
    ]
