"""Judging one call's result against the expected one: the drill's invariants first (inputs unchanged,
integer and bool dtypes, no nan/inf where the reference has none, exact shapes), then values within each
output's tolerance, with a message that says what differs and where."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from mlprep.grader.model import CallResult, Case, Function, Out

ERROR_HINTS = {
    "NotImplementedError": "not written yet (the function still raises NotImplementedError)",
    "SystemExit": "your code ended the program (sys.exit / exit()); a submission must return its results",
    "KeyboardInterrupt": "your code raised KeyboardInterrupt",
    "RecursionError": "infinite recursion? Python's recursion limit was hit",
    "MemoryError": "your code ran out of memory (see --memory)",
}
DIGITS = (6, 9, 12, 17)  # significant digits tried in turn until two differing numbers print differently


@dataclass(frozen=True)
class Failure:
    """Why a case failed: a kind from `model.FAILURES`, the output concerned (if one), and the message."""

    kind: str
    message: str
    output: str | None = None


def verdict(case: Case, function: Function, expected: CallResult, got: CallResult) -> Failure | None:
    """None when `got` passes the case; otherwise what is wrong, in one or two lines."""
    if got.error is not None:
        return Failure("error", error_message(got.error))
    if expected.error is not None:  # only while a drill is being written: its reference failed
        return Failure("error", f"the reference itself failed here: {error_message(expected.error)}")
    if got.mutated:
        names = ", ".join(function.argument_name(k) for k in got.mutated)
        plural = "s" if len(got.mutated) > 1 else ""
        return Failure(
            "mutated", f"your function changed its argument{plural} {names} in place; the prompt says not to"
        )
    outs = function.outputs
    if len(got.outputs) != len(outs):
        names = ", ".join(o.name for o in outs)
        return Failure("returns", f"returned {len(got.outputs)} values; expected {len(outs)} ({names})")
    for out, want, value in zip(outs, expected.outputs, got.outputs, strict=True):
        failure = mismatch(out, want, value)
        if failure:
            return Failure(failure.kind, f"{out.name}: {failure.message}", out.name)
    if case.no_warnings and got.warnings:
        return Failure(
            "warning", f"numpy warned '{got.warnings[0]}': the computation overflowed or divided by zero on the way"
        )
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
    """Element-wise tolerance test where the expected value is finite; an expected ±inf must be matched
    exactly, and nan by nan."""
    g = got.astype(np.float64)
    w = want.astype(np.float64)
    finite = np.isfinite(w)
    magnitudes = np.abs(w[finite])
    scale = max(1.0, float(magnitudes.max())) if magnitudes.size else 1.0
    with np.errstate(all="ignore"):
        ok = finite & (np.abs(g - w) <= out.atol * scale + out.rtol * np.abs(w))
    return ok | (g == w) | (np.isnan(g) & np.isnan(w))


def _dtype_problem(out: Out, got: np.ndarray) -> str | None:
    if out.kind == "bool" and got.dtype != np.bool_:
        return f"expected a bool array, got dtype {got.dtype}"
    if out.kind == "integer" and got.dtype.kind not in "iu":
        return f"expected integers (an integer dtype), got dtype {got.dtype}"
    return None


def mismatch(out: Out, want: np.ndarray, got: np.ndarray | str) -> Failure | None:
    """None when `got` matches `want` under `out`'s rule; otherwise what differs."""
    if isinstance(got, str):
        return Failure("type", f"returned a {got}, not a numeric array")
    problem = _dtype_problem(out, got)
    if problem:
        return Failure("dtype", problem)
    if got.shape != want.shape:
        what = "a single number, shape ()" if out.kind == "scalar" else f"shape {shape_text(want.shape)}"
        return Failure("shape", f"expected {what}, got shape {shape_text(got.shape)}")
    if not out.exact:
        bad_finite = ~np.isfinite(got.astype(np.float64)) & np.isfinite(want)
        if bad_finite.any():
            return Failure("nonfinite", _first(want, got, bad_finite) + "; the expected values are finite here")
    bad = got != want if out.exact else ~close(got, want, out)
    if not bad.any():
        return None
    first = _first(want, got, bad)
    if out.exact:
        return Failure("values", first)
    with np.errstate(all="ignore"):
        error = np.abs(got.astype(np.float64) - want)
        where = bad & (want != 0)
        relative = f", max rel error {(error[where] / np.abs(want[where])).max():.3g}" if where.any() else ""
    return Failure("values", f"{first}; max abs error {error[bad].max():.3g}{relative}")


def _first(want: np.ndarray, got: np.ndarray, bad: np.ndarray) -> str:
    index = tuple(int(i) for i in np.argwhere(bad)[0])
    where = f" at index {index}" if index else ""
    count = f" ({int(bad.sum())} of {bad.size} values differ)" if bad.size > 1 else ""
    expected, actual = numbers(want[index], got[index])
    return f"expected {expected}, got {actual}{where}{count}"


def numbers(want: object, got: object) -> tuple[str, str]:
    """Two numbers printed with just enough digits to tell them apart."""
    a, b = np.asarray(want), np.asarray(got)
    if a.dtype.kind != "f" and b.dtype.kind != "f":
        return str(a.item()), str(b.item())
    x, y = float(a), float(b)
    for digits in DIGITS:
        first, second = f"{x:.{digits}g}", f"{y:.{digits}g}"
        if first != second:
            break
    return first, second


def _pattern(message: str) -> str:
    """An error message with its numbers taken out, so that the same failure at other sizes compares equal."""
    return re.sub(r"\d+(\.\d+)?(e[-+]?\d+)?", "#", message)


def same(case: Case, function: Function, a: CallResult, b: CallResult) -> bool:
    """Whether two results are the same behaviour: the same error (type and message pattern), or the same
    changed arguments and outputs equal within tolerance and of the same kind of dtype."""
    if a.error is not None or b.error is not None:
        return (
            a.error is not None
            and b.error is not None
            and a.error["type"] == b.error["type"]
            and _pattern(a.error["message"]) == _pattern(b.error["message"])
        )
    if sorted(map(str, a.mutated)) != sorted(map(str, b.mutated)):
        return False
    if len(a.outputs) != len(b.outputs) or len(a.outputs) != len(function.outputs):
        return False
    if case.no_warnings and bool(a.warnings) != bool(b.warnings):
        return False
    return all(_agree(o, x, y) for o, x, y in zip(function.outputs, a.outputs, b.outputs, strict=True))


def _agree(out: Out, x: np.ndarray | str, y: np.ndarray | str) -> bool:
    if isinstance(x, str) or isinstance(y, str):
        return isinstance(x, str) and isinstance(y, str) and x == y
    if x.shape != y.shape:
        return False
    if out.exact:
        return (x.dtype.kind in "iub") == (y.dtype.kind in "iub") and bool((x == y).all())
    return bool(close(x, y, out).all())
