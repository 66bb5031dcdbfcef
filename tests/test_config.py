"""`mlprep config`: settings are validated on write and on read, one line per mistake, exit 2."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mlprep import config
from mlprep.cli.app import app

runner = CliRunner()


def test_set_get_and_list(mlprep_home: Path) -> None:
    assert runner.invoke(app, ["config", "set", "new_per_day", "25"]).stdout == "new_per_day = 25\n"
    assert runner.invoke(app, ["config", "get", "new_per_day"]).stdout == "25\n"
    assert runner.invoke(app, ["config", "set", "exam_date", "2026-12-20"]).exit_code == 0
    listed = runner.invoke(app, ["config", "list"]).stdout
    assert "new_per_day = 25" in listed and "exam_date = 2026-12-20" in listed and "desired_retention = 0.9" in listed
    assert runner.invoke(app, ["config", "set", "exam_date", "none"]).exit_code == 0
    assert config.get("exam_date") is None
    assert (mlprep_home / "config.toml").read_text() == "new_per_day = 25\n"


def test_bad_values_name_the_key_and_the_range() -> None:
    for key, value, message in (
        ("desired_retention", "0.5", "desired_retention: expected a number from 0.70 to 0.99"),
        ("new_per_day", "1001", "new_per_day: expected a whole number from 0 to 1000"),
        ("lang", "fr", "lang: expected zh or en"),
        ("exam_date", "next week", "exam_date: expected a date as YYYY-MM-DD"),
        ("new_per_dya", "3", "unknown setting 'new_per_dya'; did you mean new_per_day?"),
    ):
        result = runner.invoke(app, ["config", "set", key, value])
        assert result.exit_code == 2 and message in result.stderr, (key, result.stderr)


def test_a_hand_edited_bad_file_is_one_line(mlprep_home: Path) -> None:
    (mlprep_home / "config.toml").write_text("max_interval = 0\n")
    result = runner.invoke(app, ["config", "list"])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("config.toml: max_interval: expected a whole number from 1 to 36500")
    (mlprep_home / "config.toml").write_text("max_interval = [\n")
    broken = runner.invoke(app, ["config", "get", "lang"])
    assert broken.exit_code == 2 and "not valid TOML" in broken.stderr
