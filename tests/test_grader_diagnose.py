"""Diagnosis names a known bug only on evidence: the submission behaves like that mutant on the cases where
the mutant differs from the reference. Same exception type for another reason is no evidence; a partial
match says "possibly" and which cases matched; two bugs in one file are both named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mlprep.grader import catalog, grade
from mlprep.grader.model import Report

ROWS = Path(__file__).parent / "data" / "drills" / "rows"
RAISING_MUTANT = '''"""argmax_rows fails on every input with a shape error."""


def argmax_rows(X):
    raise ValueError(f"operands could not be broadcast together with shapes ({X.shape[0]},) ({X.shape[1]},)")
'''


@pytest.fixture
def drill(tmp_path: Path) -> catalog.Drill:
    copy = tmp_path / "rows"
    shutil.copytree(ROWS, copy)
    (copy / "mutants" / "broadcast_error.py").write_text(RAISING_MUTANT)
    return catalog.Drill(copy)


def check(drill: catalog.Drill, source: str, tmp_path: Path) -> Report:
    path = tmp_path / "submission.py"
    path.write_text(drill.reference + "\n" + source, encoding="utf-8")
    return grade.check(drill, path)


def test_the_same_exception_for_another_reason_names_no_bug(drill: catalog.Drill, tmp_path: Path) -> None:
    report = check(drill, "def argmax_rows(X):\n    raise ValueError('math domain error')\n", tmp_path)
    assert not report.passed
    assert report.diagnosis == []


def test_the_same_exception_with_the_same_message_pattern_is_named(drill: catalog.Drill, tmp_path: Path) -> None:
    source = (
        "def argmax_rows(X):\n"
        "    raise ValueError(f'operands could not be broadcast together with shapes ({len(X)},) ({X.shape[1]},)')\n"
    )
    report = check(drill, source, tmp_path)
    assert [(d.bug, d.exact) for d in report.diagnosis] == [("broadcast_error", True)]


def test_a_partial_match_says_possibly_and_names_the_cases(drill: catalog.Drill, tmp_path: Path) -> None:
    source = (
        "def normalize_rows(X, eps=1e-12):\n"
        "    l1 = np.abs(X).sum(axis=1, keepdims=True)\n"
        "    norm = l1 if X.shape[1] > 4 else np.linalg.norm(X, axis=1, keepdims=True)\n"
        "    return X / np.maximum(norm, eps)\n"
    )
    report = check(drill, source, tmp_path)
    [finding] = report.diagnosis
    assert finding.bug == "l1_norm" and not finding.exact
    assert finding.matched == ["normalize 6×5 random rows"] and finding.differs > 1


def test_two_bugs_in_one_file_are_both_named(drill: catalog.Drill, tmp_path: Path) -> None:
    bugs = {m.name: m for m in catalog.mutants(drill)}
    report = check(drill, bugs["l1_norm"].source + "\n" + bugs["last_tie"].source, tmp_path)
    assert [(d.bug, d.exact) for d in report.diagnosis] == [("l1_norm", True), ("last_tie", True)]
    by_name = {t.name: t for t in report.tests}
    assert by_name["argmax with ties"].bugs == ["last_tie"]
    assert by_name["normalize 4×3 random rows"].bugs == ["l1_norm"]


def test_an_in_place_change_is_reported_and_named(drill: catalog.Drill, tmp_path: Path) -> None:
    source = (
        "def normalize_rows(X, eps=1e-12):\n"
        "    X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), eps)\n"
        "    return X.copy()\n"
    )
    report = check(drill, source, tmp_path)
    failing = [t for t in report.tests if not t.passed]
    assert failing and all(
        t.message == "your function changed its argument X in place; the prompt says not to" for t in failing
    )
    assert [d.bug for d in report.diagnosis] == ["in_place"]


def test_float_labels_fail_on_dtype(drill: catalog.Drill, tmp_path: Path) -> None:
    report = check(drill, "def argmax_rows(X):\n    return np.argmax(X, axis=1) * 1.0\n", tmp_path)
    failing = [t for t in report.tests if not t.passed]
    assert {t.func for t in failing} == {"argmax_rows"}
    assert all("expected integers (an integer dtype), got dtype float64" in t.message for t in failing)


def test_nan_for_a_zero_row_is_named_and_the_bug_sentence_replaces_the_note(
    drill: catalog.Drill, tmp_path: Path
) -> None:
    source = "def normalize_rows(X, eps=1e-12):\n    return X / np.linalg.norm(X, axis=1, keepdims=True)\n"
    report = check(drill, source, tmp_path)
    [failing] = [t for t in report.tests if not t.passed]
    assert "got nan" in failing.message and "the expected values are finite here" in failing.message
    assert failing.bugs == ["no_eps"] and failing.note == ""


def test_a_note_explains_a_failure_no_known_bug_matches(drill: catalog.Drill, tmp_path: Path) -> None:
    source = (
        "def normalize_rows(X, eps=1e-12):\n"
        "    return np.nan_to_num(X / np.linalg.norm(X, axis=1, keepdims=True), nan=np.inf)\n"
    )
    report = check(drill, source, tmp_path)
    [failing] = [t for t in report.tests if not t.passed]
    assert "got inf" in failing.message and failing.bugs == []
    assert failing.note == "an all-zero row stays zero: divide by max(norm, eps)"


def test_a_note_is_not_shown_for_a_failure_it_does_not_explain(drill: catalog.Drill, tmp_path: Path) -> None:
    report = check(drill, "def normalize_rows(X, eps=1e-12):\n    raise RuntimeError('unfinished')\n", tmp_path)
    failing = [t for t in report.tests if not t.passed]
    assert failing and all(t.note == "" for t in failing)
