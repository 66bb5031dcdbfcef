"""`mlprep drill` through CliRunner: list, starter files, --check (text and JSON), exit codes, hints,
the solution gate, and attempts recorded and scheduled as `drill:NAME` cards."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app
from mlprep.grader import catalog

runner = CliRunner()
LOGISTIC = catalog.find("logistic")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh current directory."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def solved(workspace: Path) -> Path:
    path = workspace / "solved.py"
    path.write_text(LOGISTIC.reference, encoding="utf-8")
    return path


@pytest.fixture
def buggy(workspace: Path) -> Path:
    bug = next(m for m in catalog.mutants(LOGISTIC) if m.name == "grad_not_mean")
    path = workspace / "buggy.py"
    path.write_text(catalog.mutant_source(LOGISTIC, bug), encoding="utf-8")
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
    for name, topic, difficulty in (("attention", "attention", "hard"), ("knn", "knn", "easy")):
        line = next(line for line in result.stdout.splitlines() if f" {name} " in line)
        assert topic in line and difficulty in line and "new" in line


def test_start_writes_the_starter_and_never_overwrites(workspace: Path) -> None:
    result = runner.invoke(app, ["drill", "attention"])
    assert result.exit_code == 0
    assert "scaled_dot_product_attention" in result.stdout
    target = workspace / "mlprep-drills" / "attention.py"
    assert target.read_text() == catalog.find("attention").starter
    assert "mlprep-drills/attention.py" in result.stdout
    assert "mlprep drill attention --check" in result.stdout
    target.write_text("# my work\n")
    again = runner.invoke(app, ["drill", "attention"])
    assert again.exit_code == 0 and "kept" in again.stdout
    assert target.read_text() == "# my work\n"
    runner.invoke(app, ["drill", "attention", "--reset"])
    assert target.read_text() == catalog.find("attention").starter


def test_dir_option(workspace: Path) -> None:
    result = runner.invoke(app, ["drill", "knn", "--dir", "elsewhere"])
    assert result.exit_code == 0
    assert (workspace / "elsewhere" / "knn.py").is_file()
    assert "mlprep drill knn --check --dir elsewhere" in result.stdout
    checked = runner.invoke(app, ["drill", "knn", "--check", "--dir", "elsewhere"])
    assert checked.exit_code == 1 and "0/14 tests passed" in checked.stdout


def test_unknown_drill_suggests_the_closest_name() -> None:
    result = runner.invoke(app, ["drill", "logstic"])
    assert result.exit_code == 2
    assert "unknown drill 'logstic'; did you mean 'logistic'?" in result.stderr


def test_missing_file_is_a_usage_error(workspace: Path) -> None:
    result = runner.invoke(app, ["drill", "logistic", "--check"])
    assert result.exit_code == 2
    assert "no file at mlprep-drills/logistic.py" in result.stderr
    assert runner.invoke(app, ["drill", "logistic", "--check", "nope.py"]).exit_code == 2


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
    assert runner.invoke(app, ["drill", "logistic", *args]).exit_code == 2


def test_check_passes_with_exit_0_and_records_a_good_rating(solved: Path, mlprep_home: Path) -> None:
    result = runner.invoke(app, ["drill", "logistic", "--check", str(solved)])
    assert result.exit_code == 0, result.stdout
    assert "14/14 tests passed" in result.stdout
    assert "Recorded as Good" in result.stdout
    assert attempts(mlprep_home) == [("logistic", 1, 14, 14, 0)]
    assert ratings(mlprep_home, "drill:logistic") == [3]
    assert not (solved.parent / "__pycache__").exists()


def test_check_failure_names_the_bug_and_rates_again(buggy: Path, mlprep_home: Path) -> None:
    result = runner.invoke(app, ["drill", "logistic", "--check", str(buggy)])
    assert result.exit_code == 1
    assert "Known bug: The gradients are not divided by m" in result.stdout
    assert "dW: expected" in result.stdout and "at index" in result.stdout
    assert ratings(mlprep_home, "drill:logistic") == [1]
    listed = runner.invoke(app, ["drill", "list"]).stdout
    assert "failed" in next(line for line in listed.splitlines() if " logistic " in line)


def test_json_report(buggy: Path) -> None:
    result = runner.invoke(app, ["drill", "logistic", "--check", str(buggy), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["drill"] == "logistic" and data["passed"] is False and data["rating"] == 1
    assert all({"name", "group", "passed", "message"} <= set(t) for t in data["tests"])
    failing = [t for t in data["tests"] if not t["passed"]]
    assert failing and all(t["group"] in ("correctness", "shapes", "edge cases", "stability") for t in failing)
    assert data["diagnosis"][0]["bug"] == "grad_not_mean" and data["diagnosis"][0]["exact"] is True


def test_json_stdout_stays_clean_when_the_submission_prints(workspace: Path) -> None:
    noisy = workspace / "noisy.py"
    noisy.write_text("print('{\"passed\": true}')\n" + LOGISTIC.reference)
    result = runner.invoke(app, ["drill", "logistic", "--check", str(noisy), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["passed"] is True and data["stdout"]["text"] == '{"passed": true}\n'


def test_hints_are_progressive_recorded_and_make_a_pass_hard(solved: Path, mlprep_home: Path) -> None:
    first = runner.invoke(app, ["drill", "logistic", "--hint"])
    assert first.exit_code == 0 and "Hint 1/4" in first.stdout and "Hint 2/4" not in first.stdout
    second = runner.invoke(app, ["drill", "logistic", "--hint"])
    assert "Hint 1/4" in second.stdout and "Hint 2/4" in second.stdout
    result = runner.invoke(app, ["drill", "logistic", "--check", str(solved)])
    assert result.exit_code == 0 and "Recorded as Hard" in result.stdout
    assert attempts(mlprep_home) == [("logistic", 1, 14, 14, 2)]
    again = runner.invoke(app, ["drill", "logistic", "--check", str(solved)])
    assert "Recorded as Good" in again.stdout
    assert ratings(mlprep_home, "drill:logistic") == [2, 3]
    after_pass = runner.invoke(app, ["drill", "logistic", "--hint"])
    assert "Hint 1/4" in after_pass.stdout and "Hint 2/4" not in after_pass.stdout


def test_hints_run_out(mlprep_home: Path) -> None:
    for _ in range(len(LOGISTIC.hints)):
        runner.invoke(app, ["drill", "logistic", "--hint"])
    last = runner.invoke(app, ["drill", "logistic", "--hint"])
    assert "That was the last hint" in last.stdout
    with store(mlprep_home) as conn:
        assert conn.execute("SELECT count(*) FROM drill_hints").fetchone()[0] == len(LOGISTIC.hints)


def test_solution_needs_a_pass_or_a_confirmation(solved: Path) -> None:
    refused = runner.invoke(app, ["drill", "logistic", "--solution"], input="n\n")
    assert refused.exit_code == 1 and "def logistic" not in refused.stdout
    confirmed = runner.invoke(app, ["drill", "logistic", "--solution"], input="y\n")
    assert confirmed.exit_code == 0 and "def logistic" in confirmed.stdout
    runner.invoke(app, ["drill", "logistic", "--check", str(solved)])
    after_pass = runner.invoke(app, ["drill", "logistic", "--solution"])
    assert after_pass.exit_code == 0 and "def logistic" in after_pass.stdout
    assert "not passed" not in after_pass.stdout


def test_a_passed_drill_becomes_a_due_review_card(solved: Path, mlprep_home: Path) -> None:
    from datetime import datetime, timedelta, timezone

    from mlprep.srs.store import open_store

    runner.invoke(app, ["drill", "logistic", "--check", str(solved)])
    with open_store() as s:
        card = s.card("drill:logistic")
        assert card is not None
        later = datetime.fromisoformat(card.due) + timedelta(seconds=1)
        assert "drill:logistic" in s.due_card_ids(later.astimezone(timezone.utc))


def test_review_brings_the_drill_back_when_due(solved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLPREP_NOW", "2026-01-01T00:00:00+00:00")
    runner.invoke(app, ["drill", "logistic", "--check", str(solved)])
    monkeypatch.setenv("MLPREP_NOW", "2026-01-01T00:05:00+00:00")
    assert "手撕练习到期：logistic" not in runner.invoke(app, ["review"], input="").stdout
    monkeypatch.setenv("MLPREP_NOW", "2026-03-01T00:00:00+00:00")
    assert "手撕练习到期：logistic" in runner.invoke(app, ["review"], input="").stdout
