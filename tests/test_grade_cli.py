"""`mlprep grade`: a folder of passing, failing, hostile and unreadable files, graded in parallel against
the fixture drill; the verdict for each, JSON and CSV output, exit codes, nothing left running."""

from __future__ import annotations

import csv
import json
import os
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app
from mlprep.grader import catalog

runner = CliRunner()
FIXTURES = Path(__file__).parent / "data" / "drills"


@pytest.fixture(autouse=True)
def fixture_drills(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLPREP_DRILLS", str(FIXTURES))


def with_token(token: str) -> list[int]:
    """Live processes whose command line carries `token`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if token.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, str]:
    drill = catalog.find("rows")
    bug = next(m for m in catalog.mutants(drill) if m.name == "last_tie")
    token = uuid.uuid4().hex
    subs = tmp_path / "class"
    (subs / "team").mkdir(parents=True)
    (subs / "alice.py").write_text(drill.reference)
    (subs / "bob.py").write_text(catalog.mutant_source(drill, bug))
    (subs / "team" / "carol.py").write_text(
        "import os, sys, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    if os.fork() == 0:\n"
        f"        os.execv(sys.executable, [sys.executable, '-c', 'import time; time.sleep(60)', '{token}'])\n"
        "    os._exit(0)\n"
        "while True:\n"
        "    pass\n"
    )
    (subs / "dave.py").symlink_to(tmp_path / "missing.py")
    (subs / "notes.txt").write_text("not a submission")
    return subs, token


def test_a_folder_gets_one_verdict_per_file(folder: tuple[Path, str], tmp_path: Path) -> None:
    subs, token = folder
    out = tmp_path / "results.csv"
    result = runner.invoke(
        app, ["grade", "rows", str(subs), "--jobs", "2", "--timeout", "3", "--json", "--csv", str(out)]
    )
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["drill"] == "rows" and data["passed"] == 1 and data["failed"] == 3
    by_file = {Path(r["file"]).name: r for r in data["results"]}
    assert list(by_file) == ["alice.py", "bob.py", "dave.py", "carol.py"]
    assert by_file["alice.py"]["passed"] and by_file["alice.py"]["tests_passed"] == by_file["alice.py"]["tests_total"]
    assert by_file["bob.py"]["bugs"] == ["last_tie"] and by_file["bob.py"]["failing_tests"] == ["argmax with ties"]
    assert not by_file["carol.py"]["passed"] and "did not finish importing" in by_file["carol.py"]["error"]
    assert by_file["dave.py"]["error"].startswith("cannot read the file")
    assert with_token(token) == []
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [Path(r["file"]).name for r in rows] == list(by_file)
    assert rows[1]["bugs"] == "last_tie" and rows[0]["passed"] == "True"


def test_the_human_report_summarises_common_bugs(folder: tuple[Path, str]) -> None:
    subs, _ = folder
    result = runner.invoke(app, ["grade", "rows", str(subs / "alice.py"), str(subs / "bob.py")])
    assert result.exit_code == 1
    assert "rows: 1/2 files passed (50%)" in result.stdout
    assert "1 × A tie goes to the last index of the maximum" in result.stdout


def test_all_passing_exits_0_and_usage_errors_exit_2(folder: tuple[Path, str], tmp_path: Path) -> None:
    subs, _ = folder
    assert runner.invoke(app, ["grade", "rows", str(subs / "alice.py")]).exit_code == 0
    assert runner.invoke(app, ["grade", "rows", str(tmp_path / "nowhere")]).exit_code == 2
    assert runner.invoke(app, ["grade", "rowz", str(subs)]).exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert runner.invoke(app, ["grade", "rows", str(empty)]).exit_code == 2
    bad_csv = runner.invoke(app, ["grade", "rows", str(subs / "alice.py"), "--csv", str(tmp_path / "no" / "x.csv")])
    assert bad_csv.exit_code == 2 and "--csv: cannot write" in bad_csv.stderr
