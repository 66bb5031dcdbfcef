"""Judging one call's result against the expected one, with a message that says what differs and where."""

from __future__ import annotations

import numpy as np

from mlprep.grader.model import CallResult, Case, Out

ERROR_HINTS = {
    "NotImplementedError": "not written yet (the function still raises NotImplementedError)",
    "SystemExit": "your code ended the program (sys.exit / exit()); a submission must return its results",
    "KeyboardInterrupt": "your code raised KeyboardInterrupt",
    "RecursionError": "infinite recursion? Python's recursion limit was hit",
    "MemoryError": "your code ran out of memory (see --memory)",
}


def verdict(case: Case, outs: tuple[Out, ...], expected: CallResult, got: CallResult) -> str | None:
    """None when `got` passes the case; otherwise what is wrong, in one or two lines."""
    if got.error is not None:
        return error_message(got.error)
    if len(got.outputs) != len(outs):
        names = ", ".join(o.name for o in outs)
        return f"returned {len(got.outputs)} values; expected {len(outs)} ({names})"
    for out, want, value in zip(outs, expected.outputs, got.outputs, strict=True):
        problem = mismatch(out, want, value)
        if problem:
            return f"{out.name}: {problem}"
    if case.no_warnings and got.warnings:
        return f"numpy warned '{got.warnings[0]}': the computation overflowed or divided by zero on the way"
    return None


def error_message(error: dict) -> str:
    """An error from the child in plain words: the raw message, with a hint for the special cases."""
    for base, hint in ERROR_HINTS.items():
        if base in error["bases"]:
            return hint if error["message"] == error["type"] else f"{hint} ({error['message']})"
    return error["message"]


def shape_text(shape: tuple[int, ...]) -> str:
    return "() (a scalar)" if shape == () else str(shape)


def close(got: np.ndarray, want: np.ndarray, out: Out) -> np.ndarray:
    """Element-wise tolerance test; equal infinities and nan-for-nan count as equal."""
    g = got.astype(np.float64)
    w = want.astype(np.float64)
    finite = np.abs(w[np.isfinite(w)])
    scale = max(1.0, float(finite.max())) if finite.size else 1.0
    with np.errstate(all="ignore"):
        ok = np.abs(g - w) <= out.atol * scale + out.rtol * np.abs(w)
    return ok | (g == w) | (np.isnan(g) & np.isnan(w))


def mismatch(out: Out, want: np.ndarray, got: np.ndarray | str) -> str | None:
    """None when `got` matches `want` under `out`'s rule; otherwise what differs."""
    if isinstance(got, str):
        return f"returned a {got}, not a numeric array"
    if out.kind == "bool" and got.dtype != np.bool_:
        return f"expected a bool array, got dtype {got.dtype}"
    if got.shape != want.shape:
        return f"expected shape {shape_text(want.shape)}, got {shape_text(got.shape)}"
    bad = got != want if out.kind in ("exact", "bool") else ~close(got, want, out)
    if not bad.any():
        return None
    index = tuple(int(i) for i in np.argwhere(bad)[0])
    where = f" at index {index}" if index else ""
    first = f"expected {_number(want[index])}, got {_number(got[index])}{where}"
    count = f"{int(bad.sum())} of {bad.size} values differ"
    if out.kind != "float":
        return f"{first} ({count})"
    if not np.isfinite(got).all():
        return f"{first}; got non-finite values ({count})"
    with np.errstate(all="ignore"):
        error = np.abs(got.astype(np.float64) - want)
        relative = error / np.maximum(np.abs(want), np.finfo(np.float64).tiny)
    return f"{first}; max abs error {error.max():.3g}, max rel error {relative.max():.3g} ({count})"


def same(case: Case, outs: tuple[Out, ...], a: CallResult, b: CallResult) -> bool:
    """Whether two results are the same behaviour: equal within tolerance, or the same kind of error."""
    if a.error is not None or b.error is not None:
        return a.error is not None and b.error is not None and a.error["type"] == b.error["type"]
    if len(a.outputs) != len(b.outputs) or len(a.outputs) != len(outs):
        return False
    if case.no_warnings and bool(a.warnings) != bool(b.warnings):
        return False
    return all(
        isinstance(x, np.ndarray) and isinstance(y, np.ndarray) and mismatch(o, y, x) is None
        for o, x, y in zip(outs, a.outputs, b.outputs, strict=True)
    )


def _number(value: object) -> str:
    value = np.asarray(value)
    if value.dtype.kind == "f":
        return f"{float(value):.6g}"
    return str(value.item())
