"""Every shipped drill is checked like code, by `mlprep dev check`'s own function: the starter fails, the
reference and alternatives pass, every known-bug mutant fails and is diagnosed as itself alone, no two
mutants look alike, the prompt mentions every function. The reference also passes through the real
sandboxed grader, and each drill meets the catalogue's bar (hints, mutants, alternatives)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mlprep.grader import catalog, devcheck, grade

DRILLS = catalog.drills()
NAMES = [d.name for d in DRILLS]


@pytest.mark.parametrize("name", NAMES)
def test_dev_check_passes(name: str) -> None:
    result = devcheck.check(catalog.find(name).path)
    assert result.problems == []


@pytest.mark.parametrize("name", NAMES)
def test_reference_passes_and_starter_fails_in_the_sandbox(name: str) -> None:
    drill = catalog.find(name)
    assert grade.check(drill, drill.path / "reference.py").passed
    starter = grade.check(drill, drill.path / "starter.py")
    assert not starter.passed
    if drill.kind == "implement":
        assert starter.tests_passed == 0


@pytest.mark.parametrize("name", NAMES)
def test_drill_meets_the_catalogue_bar(name: str) -> None:
    drill = catalog.find(name)
    assert len(drill.hints) >= 3
    assert len(catalog.mutants(drill)) >= 8
    assert len(drill.alternatives()) >= 2


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
    path = tmp_path / "loops.py"
    path.write_text(loops, encoding="utf-8")
    report = grade.check(drill, path)
    failed = [t for t in report.tests if not t.passed]
    assert [t.group for t in failed] == ["performance"]
    assert "too slow" in failed[0].message
    assert "Python loops over pairs" in failed[0].note
    assert report.diagnosis == []


def test_every_linked_question_is_in_the_bank() -> None:
    from mlprep.bank.cache import open_bank

    bank = open_bank()
    missing = [(d.name, d.meta.question) for d in DRILLS if not d.meta.question or bank.get(d.meta.question) is None]
    assert missing == []
