"""Diagnosis when a submission has more than one known bug: no exact match, both bugs named."""

from __future__ import annotations

from pathlib import Path

from mlprep.grader import catalog, grade


def test_two_bugs_are_both_named_as_partial_matches(tmp_path: Path) -> None:
    drill = catalog.find("logistic")
    bugs = {m.name: m for m in catalog.mutants(drill)}
    source = catalog.mutant_source(drill, bugs["loss_sum"]) + "\n" + bugs["b_not_trained"].source
    path = tmp_path / "two_bugs.py"
    path.write_text(source, encoding="utf-8")
    report = grade.check(drill, path)
    assert not report.passed
    named = {d.bug: d for d in report.diagnosis}
    assert {"loss_sum", "b_not_trained"} <= set(named)
    assert not any(d.exact for d in report.diagnosis)
    failing = len([t for t in report.tests if not t.passed])
    assert named["loss_sum"].failing == failing
    assert named["loss_sum"].matches + named["b_not_trained"].matches == failing
    by_name = {t.name: t for t in report.tests}
    assert by_name["train with default lr and epochs"].bugs == ["b_not_trained"]
    assert "loss_sum" in by_name["logistic on random batch 1"].bugs
