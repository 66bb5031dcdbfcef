"""The author API: everything a drill's cases.py may use. Drill content imports only this module (and
numpy), never grader internals, so the grader can change without breaking drills.

    from mlprep.author import Case, normal, classification, causal_mask

Every generator takes a `seed` and is deterministic, so a failing case can show the seed that made it.
See docs/drill-format.md for the whole format.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mlprep.grader.model import GROUPS, Case

__all__ = [
    "GROUPS",
    "Case",
    "causal_mask",
    "classification",
    "duplicate_rows",
    "extreme_values",
    "normal",
    "padding_mask",
    "random_mask",
    "rng",
    "seeds",
    "with_ties",
]


def rng(seed: int) -> np.random.Generator:
    """A NumPy generator for `seed`."""
    return np.random.default_rng(seed)


def seeds(n: int, family: int = 0) -> list[int]:
    """`n` distinct seeds for one family of random cases; give each family its own number."""
    return [family * 100 + i for i in range(n)]


def normal(seed: int, *shape: int, scale: float = 1.0) -> np.ndarray:
    """Standard normal values times `scale`, float64."""
    return rng(seed).normal(size=shape) * scale


def classification(seed: int, m: int, n: int, classes: int = 2, labels: Sequence[int] | None = None) -> tuple:
    """X (m, n) float64 and integer labels y (m,) from a noisy linear rule, so the classes are learnable;
    `labels` renames the classes 0..classes-1 (e.g. [2, 5, 9])."""
    g = rng(seed)
    X = g.normal(size=(m, n))
    scores = X @ g.normal(size=(n, classes)) + 0.5 * g.normal(size=(m, classes))
    y = scores.argmax(axis=1).astype(np.int64)
    if labels is not None:
        y = np.asarray(labels, dtype=np.int64)[y]
    return X, y


def causal_mask(n: int) -> np.ndarray:
    """(n, n) bool, True where query i may attend to key j (j ≤ i)."""
    return np.tril(np.ones((n, n), dtype=bool))


def padding_mask(lengths: Sequence[int], seq: int) -> np.ndarray:
    """(batch, 1, seq) bool key-padding mask: True for the first `length` keys of each sequence."""
    return (np.arange(seq)[None, :] < np.asarray(lengths)[:, None])[:, None, :]


def random_mask(seed: int, *shape: int, keep: float = 0.6, every_row: bool = True) -> np.ndarray:
    """A random bool mask (True = kept) with about `keep` of the entries kept; with `every_row`, every
    row along the last axis keeps at least one entry."""
    mask = rng(seed).random(shape) < keep
    if every_row:
        mask[..., 0] |= ~mask.any(axis=-1)
    return mask


def extreme_values(limit: float = 1000.0) -> np.ndarray:
    """Values that break naive formulas: ±limit, where exp overflows (±709.8) or underflows (±745), big and
    tiny magnitudes, and 0."""
    return np.array([-limit, -745.0, -709.8, -50.0, -1e-12, 0.0, 1e-12, 50.0, 709.8, 745.0, limit])


def with_ties(seed: int, n: int, distinct: int) -> np.ndarray:
    """`n` values drawn from only `distinct` different ones, so equal values (ties) are certain."""
    g = rng(seed)
    return g.choice(g.normal(size=distinct), size=n)


def duplicate_rows(X: np.ndarray, rows: Sequence[int]) -> np.ndarray:
    """X with exact copies of the given rows appended (for distances of exactly 0 and equal neighbours)."""
    return np.concatenate([X, X[np.asarray(rows)]], axis=0)
