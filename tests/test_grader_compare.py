"""Comparison messages and tolerances, and the JSON form of a report."""

from __future__ import annotations

import numpy as np

from mlprep.grader import compare
from mlprep.grader.model import CallResult, Case, CaseResult, Out, Report

CASE = Case("a case", "correctness", "f")


def ok(*outputs: object, warnings: list[str] | None = None) -> CallResult:
    return CallResult([np.asarray(o) for o in outputs], None, warnings or [], 0.0)


def failed(kind: str) -> CallResult:
    return CallResult([], {"type": kind, "bases": [kind], "message": f"{kind}: boom", "traceback": ""}, [], 0.0)


def test_tolerance_scales_with_the_data() -> None:
    out = Out("y", rtol=1e-6, atol=1e-6)
    assert compare.mismatch(out, np.array([1000.0, 0.0]), np.array([1000.0, 5e-4])) is None
    assert compare.mismatch(out, np.array([1.0, 0.0]), np.array([1.0, 5e-4])) is not None
    assert compare.mismatch(out, np.array([np.nan, np.inf]), np.array([np.nan, np.inf])) is None


def test_mismatch_says_where_and_by_how_much() -> None:
    message = compare.mismatch(Out("dW"), np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.5, 3.0]))
    assert message == (
        "expected 2, got 2.5 at index (1,); max abs error 0.5, max rel error 0.25 (1 of 3 values differ)"
    )
    assert compare.mismatch(Out("dW"), np.zeros(3), np.zeros((3, 1))) == "expected shape (3,), got (3, 1)"
    assert compare.mismatch(Out("loss"), np.array(0.5), np.zeros(1)) == "expected shape () (a scalar), got (1,)"
    assert "non-finite" in compare.mismatch(Out("p"), np.ones(2), np.array([1.0, np.nan]))
    assert compare.mismatch(Out("p"), np.ones(2), "dict with dtype object") == (
        "returned a dict with dtype object, not a numeric array"
    )


def test_exact_and_bool_outputs() -> None:
    labels = Out("labels", kind="exact")
    assert compare.mismatch(labels, np.array([2, 5, 9]), np.array([2.0, 5.0, 9.0])) is None
    assert compare.mismatch(labels, np.array([2, 5, 9]), np.array([2, 5, 2])) == (
        "expected 9, got 2 at index (2,) (1 of 3 values differ)"
    )
    mask = Out("mask", kind="bool")
    assert compare.mismatch(mask, np.eye(2, dtype=bool), np.eye(2)) == "expected a bool array, got dtype float64"


def test_verdict_covers_errors_arity_and_warnings() -> None:
    outs = (Out("a"), Out("b"))
    assert compare.verdict(CASE, outs, ok(1, 2), ok(1, 2)) is None
    assert compare.verdict(CASE, outs, ok(1, 2), ok(1)) == "returned 1 values; expected 2 (a, b)"
    assert compare.verdict(CASE, outs, ok(1, 2), ok(1, 3)).startswith("b: expected 2, got 3")
    assert compare.verdict(CASE, outs, ok(1, 2), failed("SystemExit")).startswith("your code ended the program")
    stable = Case("stable", "stability", "f", no_warnings=True)
    noisy = ok(1, 2, warnings=["RuntimeWarning: overflow encountered in exp"])
    assert compare.verdict(CASE, outs, ok(1, 2), noisy) is None
    assert "overflow encountered in exp" in compare.verdict(stable, outs, ok(1, 2), noisy)


def test_same_behaviour() -> None:
    outs = (Out("a"),)
    assert compare.same(CASE, outs, failed("ValueError"), failed("ValueError"))
    assert not compare.same(CASE, outs, failed("ValueError"), failed("TypeError"))
    assert not compare.same(CASE, outs, failed("ValueError"), ok(1))
    assert compare.same(CASE, outs, ok([1.0, np.nan]), ok([1.0, np.nan]))
    stable = Case("stable", "stability", "f", no_warnings=True)
    assert not compare.same(stable, outs, ok(1, warnings=["w"]), ok(1))


def test_report_json_shape() -> None:
    report = Report(
        "logistic", "x.py", [CaseResult("t", "correctness", "f", True), CaseResult("u", "shapes", "f", False)]
    )
    data = report.to_dict()
    assert data["passed"] is False and data["tests_passed"] == 1 and data["tests_total"] == 2
    assert {"name", "group", "passed", "message"} <= set(data["tests"][0])
    assert Report("logistic", "x.py", []).passed is False
