"""`mlprep dev check` on deliberately broken copies of a small drill: each problem is reported in one line,
and the command exits 1 (0 for a correct drill)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app
from mlprep.grader import devcheck

runner = CliRunner()
ROWS = Path(__file__).parent / "data" / "drills" / "rows"


@pytest.fixture
def drill(tmp_path: Path) -> Path:
    copy = tmp_path / "rows"
    shutil.copytree(ROWS, copy)
    return copy


def problems(path: Path) -> list[str]:
    return devcheck.check(path).problems


def test_the_fixture_drill_is_correct(drill: Path) -> None:
    assert problems(drill) == []
    result = runner.invoke(app, ["dev", "check", str(drill)])
    assert result.exit_code == 0 and "✓ rows" in result.stdout


def test_a_mutant_identical_to_the_reference(drill: Path) -> None:
    (drill / "mutants" / "same.py").write_text(
        '"""Nothing is wrong."""\n\nimport numpy as np\n\n\ndef argmax_rows(X):\n    return np.argmax(X, axis=1)\n'
    )
    assert problems(drill) == ["mutants/same.py: passes every case; add a case on which this bug shows"]
    result = runner.invoke(app, ["dev", "check", str(drill)])
    assert result.exit_code == 1 and "rows: mutants/same.py: passes every case" in result.stdout


def test_a_starter_that_passes(drill: Path) -> None:
    shutil.copy(drill / "reference.py", drill / "starter.py")
    found = problems(drill)
    assert found and all(p.startswith("starter.py: passes '") for p in found)


def test_a_function_missing_from_the_reference(drill: Path) -> None:
    reference = drill / "reference.py"
    reference.write_text(reference.read_text().split("def argmax_rows")[0])
    found = problems(drill)
    assert "reference.py: does not define argmax_rows(X)" in found
    assert any(p.startswith("reference.py: fails 'argmax of random rows': your file does not define") for p in found)


def test_a_stray_file(drill: Path) -> None:
    (drill / "notes.txt").write_text("scratch")
    (drill / "mutants" / "README").write_text("")
    found = problems(drill)
    assert len(found) == 2
    assert found[0] == "mutants/README: stray file (only .py files belong here)"
    assert found[1].startswith("notes.txt: stray file")


def test_two_mutants_that_behave_the_same(drill: Path) -> None:
    shutil.copy(drill / "mutants" / "l1_norm.py", drill / "mutants" / "l1_again.py")
    found = problems(drill)
    assert any(
        p.startswith(
            "mutants/l1_again.py and mutants/l1_norm.py behave the same on every case; add a case of normalize_rows()"
        )
        for p in found
    )


def test_content_that_imports_grader_internals(drill: Path) -> None:
    cases = drill / "cases.py"
    cases.write_text("from mlprep.grader.model import Case\n" + cases.read_text())
    assert "cases.py: imports mlprep.grader.model; drill content may import only numpy and mlprep.author" in problems(
        drill
    )


def test_a_prompt_that_forgets_a_function(drill: Path) -> None:
    prompt = drill / "prompt.md"
    prompt.write_text(prompt.read_text().replace("argmax_rows", "argmax"))
    assert problems(drill) == ["prompt.md: does not mention argmax_rows()"]


def test_a_broken_drill_yaml(drill: Path) -> None:
    meta = drill / "drill.yaml"
    meta.write_text(meta.read_text().replace("index: integer", "index: int"))
    [problem] = problems(drill)
    assert problem.endswith("functions[1]: outputs[0]: kind 'int' is not one of float, integer, bool, scalar")


def test_unknown_drill_name_is_a_usage_error() -> None:
    result = runner.invoke(app, ["dev", "check", "no-such-drill"])
    assert result.exit_code == 2


def make_debug(drill: Path, bugs: str) -> None:
    """Turn the fixture into a find-the-bug drill whose starter carries the L1 norm and last-index tie bugs."""
    meta = (ROWS / "drill.yaml").read_text()
    (drill / "drill.yaml").write_text(
        meta.replace("difficulty: easy\n", f"difficulty: easy\nkind: debug\nbugs: {bugs}\n")
    )
    mutants = drill / "mutants"
    starter = (drill / "reference.py").read_text()
    for name in ("l1_norm", "last_tie"):
        starter += "\n" + (mutants / f"{name}.py").read_text().split('"""', 2)[2]
    (drill / "starter.py").write_text(starter)


def test_a_debug_drill_names_every_planted_bug(drill: Path) -> None:
    make_debug(drill, "[l1_norm, last_tie]")
    assert problems(drill) == []


def test_a_planted_bug_that_is_not_named(drill: Path) -> None:
    make_debug(drill, "[l1_norm, no_eps]")
    assert problems(drill) == ["starter.py: the planted bug 'no_eps' is not named when the starter is checked"]
    make_debug(drill, "3")
    assert problems(drill) == ["starter.py: 3 planted bugs, but checking it names 2 (l1_norm, last_tie)"]
