"""Every shipped drill is checked like code: the starter fails, the reference passes, every known-bug mutant
fails and is diagnosed as itself, and at least two other correct solutions pass — all through the real
sandboxed grader."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from mlprep.grader import catalog, grade
from mlprep.grader.model import GROUPS, Report

DRILLS = catalog.drills()
NAMES = [d.name for d in DRILLS]
MUTANTS = [(d.name, m.name) for d in DRILLS for m in catalog.mutants(d)]
ALTERNATIVES = [(d.name, a.name) for d in DRILLS for a in d.alternatives()]


def check_source(name: str, source: str, directory: Path) -> Report:
    path = directory / f"{name}_submission.py"
    path.write_text(source, encoding="utf-8")
    return grade.check(catalog.find(name), path)


def test_the_three_drills_ship() -> None:
    assert NAMES == ["attention", "knn", "logistic"]


@pytest.mark.parametrize("name", NAMES)
def test_drill_is_complete(name: str) -> None:
    drill = catalog.find(name)
    suite = catalog.suite(drill)
    declared = [f.split("(")[0] for f in drill.functions]
    assert sorted(declared) == sorted(suite.outputs)
    starter_defs = {n.name for n in ast.parse(drill.starter).body if isinstance(n, ast.FunctionDef)}
    assert set(declared) <= starter_defs
    for function in declared:
        assert f"{function}(" in drill.prompt
    assert len(drill.hints) >= 3
    assert drill.difficulty in ("easy", "medium", "hard")
    assert len(catalog.mutants(drill)) >= 8
    assert len(drill.alternatives()) >= 2
    names = [c.name for c in suite.cases]
    assert len(names) == len(set(names))
    assert {c.group for c in suite.cases} <= set(GROUPS)
    assert all(c.func in suite.outputs for c in suite.cases)


@pytest.mark.parametrize("name", NAMES)
def test_starter_fails_everywhere(name: str) -> None:
    drill = catalog.find(name)
    report = grade.check(drill, drill.path / "starter.py")
    assert not report.passed
    assert report.tests_passed == 0
    assert all("NotImplementedError" in t.message for t in report.tests)


@pytest.mark.parametrize("name", NAMES)
def test_reference_passes(name: str) -> None:
    drill = catalog.find(name)
    report = grade.check(drill, drill.path / "reference.py")
    assert report.passed, [(t.name, t.message) for t in report.tests if not t.passed]
    assert report.diagnosis == []


@pytest.mark.parametrize(("name", "alternative"), ALTERNATIVES)
def test_alternative_solution_passes(name: str, alternative: str) -> None:
    drill = catalog.find(name)
    report = grade.check(drill, drill.path / "alternatives" / alternative)
    assert report.passed, [(t.name, t.message) for t in report.tests if not t.passed]


@pytest.mark.parametrize(("name", "mutant"), MUTANTS)
def test_mutant_fails_with_its_own_diagnosis(name: str, mutant: str, tmp_path: Path) -> None:
    drill = catalog.find(name)
    bug = next(m for m in catalog.mutants(drill) if m.name == mutant)
    report = check_source(name, catalog.mutant_source(drill, bug), tmp_path)
    assert not report.passed
    assert [(d.bug, d.exact) for d in report.diagnosis] == [(mutant, True)]
    assert report.diagnosis[0].description == bug.description
    for test in report.tests:
        if not test.passed and test.group != "performance":
            assert mutant in test.bugs, test.name


def test_pair_loops_fail_only_the_performance_case(tmp_path: Path) -> None:
    drill = catalog.find("knn")
    loops = re.sub(
        r"def pairwise_distances\(A, B\):\n(    .*\n)+",
        "def pairwise_distances(A, B):\n"
        "    D = np.empty((len(A), len(B)))\n"
        "    for i in range(len(A)):\n"
        "        for j in range(len(B)):\n"
        "            D[i, j] = np.sqrt(np.sum((A[i] - B[j]) ** 2))\n"
        "    return D\n",
        drill.reference,
    )
    assert "for j in range" in loops
    report = check_source("knn", loops, tmp_path)
    failed = [t for t in report.tests if not t.passed]
    assert [t.group for t in failed] == ["performance"]
    assert "too slow" in failed[0].message
    assert "Python loops over pairs" in failed[0].message
    assert report.diagnosis == []
