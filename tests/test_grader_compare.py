"""Comparison: invariants (inputs unchanged, integer/bool dtypes, no nan where the reference has none,
exact shapes) each with its own message, tolerances, numbers with enough digits, and the JSON report."""

from __future__ import annotations

import numpy as np

from mlprep.grader import compare
from mlprep.grader.model import CallResult, Case, CaseResult, Function, Out, Report

CASE = Case("a case", "correctness", "f")


def function(*outs: Out) -> Function:
    return Function("f", (("Q", None), ("K", None), ("scale", "1.0")), outs)


def ok(*outputs: object, warnings: list[str] | None = None, mutated: list | None = None) -> CallResult:
    return CallResult([np.asarray(o) for o in outputs], None, warnings or [], 0.0, mutated or [])


def failed(kind: str, message: str = "boom") -> CallResult:
    return CallResult([], {"type": kind, "bases": [kind], "message": f"{kind}: {message}", "traceback": ""}, [], 0.0)


def message(out: Out, want: object, got: object) -> str | None:
    failure = compare.mismatch(out, np.asarray(want), got if isinstance(got, str) else np.asarray(got))
    return failure.message if failure else None


def test_tolerance_scales_with_the_data() -> None:
    out = Out("y", rtol=1e-6, atol=1e-6)
    assert message(out, [1000.0, 0.0], [1000.0, 5e-4]) is None
    assert message(out, [1.0, 0.0], [1.0, 5e-4]) is not None
    assert message(out, [np.nan, np.inf], [np.nan, np.inf]) is None


def test_mismatch_says_where_and_by_how_much() -> None:
    assert message(Out("dW"), [1.0, 2.0, 3.0], [1.0, 2.5, 3.0]) == (
        "expected 2, got 2.5 at index (1,) (1 of 3 values differ); max abs error 0.5, max rel error 0.25"
    )
    assert message(Out("dW"), np.zeros(3), np.zeros((3, 1))) == "expected shape (3,), got shape (3, 1)"
    assert message(Out("loss", kind="scalar"), 0.5, np.zeros(1)) == "expected a single number, shape (), got shape (1,)"
    assert (
        message(Out("p"), np.ones(2), "dict with dtype object")
        == "returned a dict with dtype object, not a numeric array"
    )


def test_numbers_show_enough_digits_to_differ() -> None:
    text = message(Out("loss", kind="scalar", rtol=1e-10, atol=0.0), 0.0565221, 0.0565221 * (1 + 1e-8))
    assert text is not None and text.startswith("expected 0.0565221, got 0.0565221006;")


def test_no_relative_error_where_the_expected_value_is_zero() -> None:
    text = message(Out("y"), [0.0, 0.0], [0.0, 0.5])
    assert text is not None and "max abs error 0.5" in text and "rel" not in text


def test_nan_where_the_reference_is_finite_is_its_own_failure() -> None:
    failure = compare.mismatch(Out("d"), np.array([0.0, 1.0]), np.array([np.nan, 1.0]))
    assert failure is not None and failure.kind == "nonfinite"
    assert (
        failure.message
        == "expected 0, got nan at index (0,) (1 of 2 values differ); the expected values are finite here"
    )


def test_integer_and_bool_outputs_need_their_dtype() -> None:
    labels = Out("labels", kind="integer")
    assert message(labels, np.array([2, 5, 9]), np.array([2.0, 5.0, 9.0])) == (
        "expected integers (an integer dtype), got dtype float64"
    )
    assert (
        message(labels, np.array([2, 5, 9]), np.array([2, 5, 2]))
        == "expected 9, got 2 at index (2,) (1 of 3 values differ)"
    )
    mask = Out("mask", kind="bool")
    assert message(mask, np.eye(2, dtype=bool), np.eye(2)) == "expected a bool array, got dtype float64"


def test_an_argument_changed_in_place_is_named() -> None:
    failure = compare.verdict(CASE, function(Out("a")), ok(1.0), ok(1.0, mutated=[0]))
    assert failure is not None and failure.kind == "mutated"
    assert failure.message == "your function changed its argument Q in place; the prompt says not to"
    both = compare.verdict(CASE, function(Out("a")), ok(1.0), ok(1.0, mutated=[1, "scale"]))
    assert both is not None and both.message.startswith("your function changed its arguments K, scale in place")


def test_verdict_covers_errors_arity_and_warnings() -> None:
    f = function(Out("a"), Out("b"))
    assert compare.verdict(CASE, f, ok(1, 2), ok(1, 2)) is None
    assert compare.verdict(CASE, f, ok(1, 2), ok(1)).message == "returned 1 values; expected 2 (a, b)"
    assert compare.verdict(CASE, f, ok(1, 2), ok(1, 3)).message.startswith("b: expected 2, got 3")
    assert compare.verdict(CASE, f, ok(1, 2), failed("SystemExit")).message.startswith("your code ended the program")
    stable = Case("stable", "stability", "f", no_warnings=True)
    noisy = ok(1, 2, warnings=["RuntimeWarning: overflow encountered in exp"])
    assert compare.verdict(CASE, f, ok(1, 2), noisy) is None
    failure = compare.verdict(stable, f, ok(1, 2), noisy)
    assert failure is not None and failure.kind == "warning" and "overflow encountered in exp" in failure.message


def test_same_behaviour_needs_the_same_error_message_pattern() -> None:
    f = function(Out("a"))
    shapes = (
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature"
        " (n?,k),(k,m?)->(n?,m?) (size {} is different from {})"
    )
    assert compare.same(CASE, f, failed("ValueError", shapes.format(3, 4)), failed("ValueError", shapes.format(5, 6)))
    assert not compare.same(
        CASE, f, failed("ValueError", shapes.format(3, 4)), failed("ValueError", "math domain error")
    )
    assert not compare.same(CASE, f, failed("ValueError"), failed("TypeError"))
    assert not compare.same(CASE, f, failed("ValueError"), ok(1))
    assert compare.same(CASE, f, ok([1.0, np.nan]), ok([1.0, np.nan]))
    assert not compare.same(CASE, f, ok(1.0, mutated=[0]), ok(1.0))
    stable = Case("stable", "stability", "f", no_warnings=True)
    assert not compare.same(stable, f, ok(1, warnings=["w"]), ok(1))


def test_a_note_is_shown_only_for_the_failure_it_explains() -> None:
    slow = Case("perf", "performance", "f", note="loops are slow", time_limit=1.0)
    assert slow.explains("slow", None) and not slow.explains("values", "labels")
    stable = Case("s", "stability", "f", note="subtract the max", no_warnings=True)
    assert stable.explains("warning", None) and stable.explains("nonfinite", "y") and not stable.explains("values", "y")
    square = Case("sq", "shapes", "f", note="X where X.T belongs", note_on=("dW",))
    assert square.explains("values", "dW") and not square.explains("values", "loss")


def test_report_json_shape() -> None:
    report = Report(
        "logistic", "x.py", [CaseResult("t", "correctness", "f", True), CaseResult("u", "shapes", "f", False)]
    )
    data = report.to_dict()
    assert data["passed"] is False and data["tests_passed"] == 1 and data["tests_total"] == 2
    assert {"name", "group", "passed", "message"} <= set(data["tests"][0])
    assert Report("logistic", "x.py", []).passed is False


def test_an_expected_infinity_must_be_matched_exactly() -> None:
    out = Out("threshold", rtol=1e-6, atol=1e-9)
    assert message(out, [np.inf, 1.0], [np.inf, 1.0]) is None
    assert message(out, [np.inf, 1.0], [0.5, 1.0]) is not None
    assert message(out, [-np.inf], [np.inf]) is not None
