"""`mlprep drill` through CliRunner against a small fixture drill (tests/data/drills/rows), so adding or
changing a shipped drill never breaks these tests: list, starter files, --check (text and JSON), exit
codes, hints, the solution gate, and attempts recorded and scheduled as `drill:NAME` cards."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
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


def rows() -> catalog.Drill:
    return catalog.find("rows")


def total() -> int:
    return len(catalog.suite(rows()).cases)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh current directory."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def solved(workspace: Path) -> Path:
    path = workspace / "solved.py"
    path.write_text(rows().reference, encoding="utf-8")
    return path


@pytest.fixture
def buggy(workspace: Path) -> Path:
    bug = next(m for m in catalog.mutants(rows()) if m.name == "l1_norm")
    path = workspace / "buggy.py"
    path.write_text(catalog.mutant_source(rows(), bug), encoding="utf-8")
    return path


def store(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / "mlprep.sqlite3")


def attempts(home: Path) -> list[tuple]:
    with store(home) as conn:
        return conn.execute(
            "SELECT drill, passed, tests_passed, tests_total, hints_used FROM drill_attempts"
        ).fetchall()


def ratings(home: Path, card: str) -> list[int]:
    with store(home) as conn:
        return [r[0] for r in conn.execute("SELECT rating FROM review_log WHERE card_id = ? ORDER BY id", (card,))]


def test_list_shows_every_drill_as_new() -> None:
    result = runner.invoke(app, ["drill", "list"])
    assert result.exit_code == 0
    line = next(line for line in result.stdout.splitlines() if line.startswith("  rows "))
    assert "easy" in line and "new" in line
    assert "linear-algebra  0/1 passed" in result.stdout


def test_start_writes_the_starter_and_never_overwrites(workspace: Path) -> None:
    result = runner.invoke(app, ["drill", "rows"])
    assert result.exit_code == 0
    assert "normalize_rows" in result.stdout
    target = workspace / "mlprep-drills" / "rows.py"
    assert target.read_text() == rows().starter
    assert "mlprep-drills/rows.py" in result.stdout
    assert "mlprep drill rows --check" in result.stdout
    target.write_text("# my work\n")
    again = runner.invoke(app, ["drill", "rows"])
    assert again.exit_code == 0 and "kept" in again.stdout
    assert target.read_text() == "# my work\n"
    runner.invoke(app, ["drill", "rows", "--reset"])
    assert target.read_text() == rows().starter


def test_dir_option(workspace: Path) -> None:
    result = runner.invoke(app, ["drill", "rows", "--dir", "elsewhere"])
    assert result.exit_code == 0
    assert (workspace / "elsewhere" / "rows.py").is_file()
    assert "mlprep drill rows --check --dir elsewhere" in result.stdout
    checked = runner.invoke(app, ["drill", "rows", "--check", "--dir", "elsewhere"])
    assert checked.exit_code == 1 and f"0/{total()} tests passed" in checked.stdout


def test_unknown_drill_suggests_the_closest_name() -> None:
    result = runner.invoke(app, ["drill", "rowz"])
    assert result.exit_code == 2
    assert "unknown drill 'rowz'; did you mean 'rows'?" in result.stderr


def test_missing_file_is_a_usage_error(workspace: Path) -> None:
    result = runner.invoke(app, ["drill", "rows", "--check"])
    assert result.exit_code == 2
    assert "no file at mlprep-drills/rows.py" in result.stderr
    assert runner.invoke(app, ["drill", "rows", "--check", "nope.py"]).exit_code == 2


@pytest.mark.parametrize(
    "args",
    [
        ["--hint", "--check"],
        ["--solution", "--watch"],
        ["--json"],
        ["somefile.py"],
        ["--check", "--timeout", "0"],
        ["--check", "--memory", "16"],
    ],
)
def test_bad_option_combinations_exit_2(args: list[str]) -> None:
    assert runner.invoke(app, ["drill", "rows", *args]).exit_code == 2


def test_check_passes_with_exit_0_and_records_a_good_rating(solved: Path, mlprep_home: Path) -> None:
    result = runner.invoke(app, ["drill", "rows", "--check", str(solved)])
    assert result.exit_code == 0, result.stdout
    assert f"{total()}/{total()} tests passed" in result.stdout
    assert "Today's review of this drill: Good" in result.stdout
    assert attempts(mlprep_home) == [("rows", 1, total(), total(), 0)]
    assert ratings(mlprep_home, "drill:rows") == [3]
    assert not (solved.parent / "__pycache__").exists()


def test_check_failure_names_the_bug_and_rates_again(buggy: Path, mlprep_home: Path) -> None:
    result = runner.invoke(app, ["drill", "rows", "--check", str(buggy)])
    assert result.exit_code == 1
    assert "Known bug: The rows are divided by the sum of absolute values" in result.stdout
    assert "normalized: expected" in result.stdout and "at index" in result.stdout
    assert "l1_norm" not in result.stdout  # the bug's sentence, never its file name
    assert ratings(mlprep_home, "drill:rows") == [1]
    listed = runner.invoke(app, ["drill", "list"]).stdout
    assert "failed" in next(line for line in listed.splitlines() if line.startswith("  rows "))


def test_json_report(buggy: Path) -> None:
    result = runner.invoke(app, ["drill", "rows", "--check", str(buggy), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["drill"] == "rows" and data["passed"] is False and data["rating"] == 1
    assert all({"name", "group", "passed", "message"} <= set(t) for t in data["tests"])
    assert data["diagnosis"][0]["bug"] == "l1_norm" and data["diagnosis"][0]["exact"] is True


def test_json_stdout_stays_clean_when_the_submission_prints(workspace: Path) -> None:
    noisy = workspace / "noisy.py"
    noisy.write_text("print('{\"passed\": true}')\n" + rows().reference)
    result = runner.invoke(app, ["drill", "rows", "--check", str(noisy), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["passed"] is True and data["stdout"]["text"] == '{"passed": true}\n'


def test_hints_are_progressive_recorded_and_make_a_pass_hard(solved: Path, mlprep_home: Path) -> None:
    n = len(rows().hints)
    first = runner.invoke(app, ["drill", "rows", "--hint"])
    assert first.exit_code == 0 and f"Hint 1/{n}" in first.stdout and f"Hint 2/{n}" not in first.stdout
    second = runner.invoke(app, ["drill", "rows", "--hint"])
    assert f"Hint 1/{n}" in second.stdout and f"Hint 2/{n}" in second.stdout
    result = runner.invoke(app, ["drill", "rows", "--check", str(solved)])
    assert result.exit_code == 0 and "Today's review of this drill: Hard" in result.stdout
    assert attempts(mlprep_home) == [("rows", 1, total(), total(), 2)]
    after_pass = runner.invoke(app, ["drill", "rows", "--hint"])
    assert f"Hint 1/{n}" in after_pass.stdout and f"Hint 2/{n}" not in after_pass.stdout


def test_hints_run_out(mlprep_home: Path) -> None:
    for _ in range(len(rows().hints)):
        runner.invoke(app, ["drill", "rows", "--hint"])
    last = runner.invoke(app, ["drill", "rows", "--hint"])
    assert "That was the last hint" in last.stdout
    with store(mlprep_home) as conn:
        assert conn.execute("SELECT count(*) FROM drill_hints").fetchone()[0] == len(rows().hints)


def test_solution_needs_a_pass_or_a_confirmation(solved: Path) -> None:
    refused = runner.invoke(app, ["drill", "rows", "--solution"], input="n\n")
    assert refused.exit_code == 1 and "def normalize_rows" not in refused.stdout
    confirmed = runner.invoke(app, ["drill", "rows", "--solution"], input="y\n")
    assert confirmed.exit_code == 0 and "def normalize_rows" in confirmed.stdout
    runner.invoke(app, ["drill", "rows", "--check", str(solved)])
    after_pass = runner.invoke(app, ["drill", "rows", "--solution"])
    assert after_pass.exit_code == 0 and "def normalize_rows" in after_pass.stdout
    assert "not passed" not in after_pass.stdout


def test_review_brings_the_drill_back_when_due(solved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLPREP_NOW", "2026-01-01T12:00:00+00:00")
    runner.invoke(app, ["drill", "rows", "--check", str(solved)])
    monkeypatch.setenv("MLPREP_NOW", "2026-01-01T12:05:00+00:00")
    assert "手撕练习到期：rows" not in runner.invoke(app, ["review"], input="").stdout
    monkeypatch.setenv("MLPREP_NOW", "2026-03-01T12:00:00+00:00")
    assert "手撕练习到期：rows" in runner.invoke(app, ["review"], input="").stdout


def test_three_failures_then_a_pass_in_one_day_make_one_hard_review(
    buggy: Path, solved: Path, mlprep_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for minute in range(3):
        monkeypatch.setenv("MLPREP_NOW", f"2026-01-01T10:0{minute}:00+00:00")
        assert runner.invoke(app, ["drill", "rows", "--check", str(buggy)]).exit_code == 1
    assert ratings(mlprep_home, "drill:rows") == [1]
    monkeypatch.setenv("MLPREP_NOW", "2026-01-01T10:30:00+00:00")
    result = runner.invoke(app, ["drill", "rows", "--check", str(solved)])
    assert "Today's review of this drill: Hard" in result.stdout
    assert ratings(mlprep_home, "drill:rows") == [2]
    assert len(attempts(mlprep_home)) == 4
    monkeypatch.setenv("MLPREP_NOW", "2026-01-01T11:00:00+00:00")
    runner.invoke(app, ["drill", "rows", "--check", str(buggy)])
    assert ratings(mlprep_home, "drill:rows") == [2]  # the day's best outcome stays


def test_a_pass_replaces_the_days_again_from_the_state_before_that_day(
    buggy: Path, solved: Path, mlprep_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mlprep.practice import day_bounds
    from mlprep.srs.store import open_store

    monkeypatch.setenv("MLPREP_NOW", "2026-01-01T10:00:00+00:00")
    runner.invoke(app, ["drill", "rows", "--check", str(solved)])
    with open_store() as s:
        first_day = s.card("drill:rows")
    monkeypatch.setenv("MLPREP_NOW", "2026-01-05T10:00:00+00:00")
    runner.invoke(app, ["drill", "rows", "--check", str(buggy)])
    monkeypatch.setenv("MLPREP_NOW", "2026-01-05T10:20:00+00:00")
    runner.invoke(app, ["drill", "rows", "--check", str(solved)])
    assert ratings(mlprep_home, "drill:rows") == [3, 2]
    with open_store() as s:
        card = s.card("drill:rows")
        log = s.reviews_between("drill:rows", *day_bounds(datetime.fromisoformat("2026-01-05T10:20:00+00:00")))
    assert card is not None and first_day is not None
    assert log[0].card_before == first_day  # recomputed from the card as it was before that day
    assert card.first_review == first_day.first_review


def test_report_is_shown_when_the_store_cannot_be_written(solved: Path, mlprep_home: Path) -> None:
    (mlprep_home / "mlprep.sqlite3").write_bytes(b"this is not a database" * 100)
    result = runner.invoke(app, ["drill", "rows", "--check", str(solved)])
    assert result.exit_code == 0
    assert f"{total()}/{total()} tests passed" in result.stdout
    assert "Nothing was recorded:" in result.stdout


def test_list_groups_by_topic_with_progress(solved: Path) -> None:
    runner.invoke(app, ["drill", "rows", "--check", str(solved)])
    listed = runner.invoke(app, ["drill", "list"], env={"COLUMNS": "50"}).stdout
    assert "linear-algebra  1/1 passed" in listed
    line = next(line for line in listed.splitlines() if line.startswith("  rows "))
    assert "easy" in line and "passed" in line
    assert "drills passed" in listed


def test_next_starts_a_drill_not_yet_passed(workspace: Path) -> None:
    result = runner.invoke(app, ["drill", "next"])
    assert result.exit_code == 0
    [written] = list((workspace / "mlprep-drills").iterdir())
    assert catalog.find(written.stem).starter == written.read_text()


def test_next_prefers_the_most_overdue_drill_then_the_first_not_passed() -> None:
    from mlprep.practice import next_drill
    from mlprep.srs.store import DrillStatus

    drills = [("b", "t1", "hard"), ("a", "t1", "easy"), ("c", "t0", "medium")]
    passed = DrillStatus(True, "2026-01-01")
    assert next_drill(drills, {}, []) == "c"
    assert next_drill(drills, {"c": passed}, []) == "a"
    assert next_drill(drills, {"c": passed, "a": DrillStatus(False, "2026-01-02")}, []) == "a"
    assert next_drill(drills, {"c": passed}, ["q1", "drill:b", "drill:c"]) == "b"
    assert next_drill(drills, {n: passed for n in "abc"}, []) is None
