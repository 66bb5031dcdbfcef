"""Hidden tests for the decoder_block drill: LayerNorm alone (equal values, small variances where eps
matters, a non-default eps, large offsets) and whole GPT-2 blocks with distinct LayerNorms, non-zero
biases, T ≠ D, 1 to 4 heads, one token, F ≠ 4D and large attention scores."""

import numpy as np

from mlprep.author import Case, rng, seeds


def ln_args(seed: int, shape: tuple, scale: float = 1.0, offset: float = 0.0) -> tuple:
    g = rng(seed)
    d = shape[-1]
    return g.normal(size=shape) * scale + offset, 1.0 + 0.3 * g.normal(size=d), 0.3 * g.normal(size=d)


def block_args(seed: int, batch: int, seq: int, d_model: int, n_heads: int, d_ff=None, qk_scale: float = 1.0):
    """x and every parameter of a block; `qk_scale` grows the q and k columns of W_qkv (large scores)."""
    g = rng(seed)
    d_ff = 4 * d_model if d_ff is None else d_ff

    def w(n_in: int, n_out: int) -> np.ndarray:
        return g.normal(size=(n_in, n_out)) / np.sqrt(n_in)

    def ln() -> tuple:
        return 1.0 + 0.3 * g.normal(size=d_model), 0.3 * g.normal(size=d_model)

    x = g.normal(size=(batch, seq, d_model))
    ln1_g, ln1_b = ln()
    W_qkv = w(d_model, 3 * d_model)
    W_qkv[:, : 2 * d_model] *= qk_scale
    b_qkv = 0.2 * g.normal(size=3 * d_model)
    W_o, b_o = w(d_model, d_model), 0.2 * g.normal(size=d_model)
    ln2_g, ln2_b = ln()
    W_fc, b_fc = w(d_model, d_ff), 0.2 * g.normal(size=d_ff)
    W_proj, b_proj = w(d_ff, d_model), 0.2 * g.normal(size=d_model)
    return x, ln1_g, ln1_b, W_qkv, b_qkv, W_o, b_o, ln2_g, ln2_b, W_fc, b_fc, W_proj, b_proj, n_heads


def equal_rows(seed: int) -> tuple:
    x, gamma, beta = ln_args(seed, (4, 6))
    x[1] = 3.5
    x[3] = 0.0
    return x, gamma, beta


BLOCKS = ((2, 5, 8, 2), (1, 6, 12, 3), (2, 4, 16, 4))


def cases() -> list[Case]:
    return [
        Case("layer_norm of (3, 4, 8) random rows", "correctness", "layer_norm", ln_args(0, (3, 4, 8), 2.0), seed=0),
        Case("layer_norm of (5, 6) random rows", "correctness", "layer_norm", ln_args(1, (5, 6), 0.5, 3.0), seed=1),
        Case(
            "layer_norm with rows of equal values",
            "edge cases",
            "layer_norm",
            equal_rows(2),
            seed=2,
            note="a row of equal values has variance 0 and normalises to 0, so its output is beta",
        ),
        Case(
            "layer_norm of rows with a tiny spread (eps matters)",
            "edge cases",
            "layer_norm",
            ln_args(3, (4, 8), 3e-3),
            seed=3,
            note="eps = 1e-5 is added to the variance, inside the square root",
        ),
        Case(
            "layer_norm with eps = 0.1",
            "edge cases",
            "layer_norm",
            ln_args(4, (3, 5)),
            {"eps": 0.1},
            seed=4,
        ),
        Case(
            "layer_norm of rows around 1e6",
            "stability",
            "layer_norm",
            ln_args(5, (4, 8), 1.0, 1e6),
            seed=5,
            note="mean(x²) − mean(x)² loses every digit when the values share an offset of 1e6: subtract the"
            " mean first, then average the squares",
        ),
        *[
            Case(
                f"decoder_block: batch {b} × {t} tokens × D = {d} with {h} heads",
                "correctness",
                "decoder_block",
                block_args(s, b, t, d, h),
                seed=s,
            )
            for s, (b, t, d, h) in zip(seeds(3, family=1), BLOCKS, strict=True)
        ],
        Case("decoder_block with one head", "edge cases", "decoder_block", block_args(200, 2, 3, 6, 1), seed=200),
        Case(
            "decoder_block on a single token",
            "edge cases",
            "decoder_block",
            block_args(201, 3, 1, 8, 2),
            seed=201,
        ),
        Case(
            "decoder_block with F = 12 ≠ 4D",
            "shapes",
            "decoder_block",
            block_args(202, 2, 4, 8, 2, d_ff=12),
            seed=202,
        ),
        Case(
            "decoder_block with attention scores near ±1000",
            "stability",
            "decoder_block",
            block_args(203, 2, 5, 8, 2, qk_scale=20.0),
            seed=203,
            note="subtract each row's maximum score before exp",
            no_warnings=True,
        ),
    ]
