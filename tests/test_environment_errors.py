"""Setting mistakes are one line on stderr naming the setting, exit 2, before the first question is shown."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections import namedtuple
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app
from mlprep.srs import schedule
from mlprep.srs.store import open_store

from bankfiles import write_bank

runner = CliRunner()


def assert_setting_error(result, setting: str, problem: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"mlprep: {setting}: ") and problem in result.stderr, result.stderr
    assert "[1/" not in result.stdout  # no question was shown


def test_malformed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLPREP_NOW", "garbage")
    result = runner.invoke(app, ["quiz", "-n", "1"], input="")
    assert_setting_error(result, "MLPREP_NOW", "'garbage' is not an ISO-8601")


def test_home_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a-file").write_text("x")
    monkeypatch.setenv("MLPREP_HOME", str(tmp_path / "a-file"))
    assert_setting_error(runner.invoke(app, ["quiz", "-n", "1"], input=""), "MLPREP_HOME", "is a file, not a directory")
    monkeypatch.setenv("MLPREP_HOME", str(tmp_path / "a-file" / "below"))
    assert_setting_error(runner.invoke(app, ["stats"]), "MLPREP_HOME", "cannot create")


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` made unwritable, even for root (who writes through permission bits): immutable where possible."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("running as root without chattr +i: no way to make a file read-only")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_read_only_store_is_reported_before_the_first_question(mlprep_home: Path) -> None:
    store = mlprep_home / "mlprep.sqlite3"
    open_store(store).close()
    with read_only(store):
        result = runner.invoke(app, ["review"], input="\n3\n")
    assert_setting_error(result, "MLPREP_HOME", "cannot save ratings")
    assert "readonly" in result.stderr


def test_full_disk_is_reported_before_the_first_question(monkeypatch: pytest.MonkeyPatch) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr("mlprep.srs.store.shutil.disk_usage", lambda path: usage(10**9, 10**9 - 4096, 4096))
    result = runner.invoke(app, ["quiz", "-n", "1"], input="\n3\n")
    assert_setting_error(result, "MLPREP_HOME", "no room to save ratings")


def test_disk_filling_up_mid_session_keeps_earlier_ratings(
    mlprep_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_bank(tmp_path / "bank", ids=("one", "two"), topic="own")
    monkeypatch.setenv("MLPREP_BANK", str(tmp_path / "bank"))
    real_rate, calls = schedule.rate, []

    def rate(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return real_rate(*args, **kwargs)

    monkeypatch.setattr(schedule, "rate", rate)
    result = runner.invoke(app, ["quiz", "-n", "2", "--topic", "own"], input="\n3\n\n3\n")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "MLPREP_HOME: cannot save the rating" in result.stderr and "disk is full" in result.stderr
    with sqlite3.connect(mlprep_home / "mlprep.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM review_log").fetchone()[0] == 1
