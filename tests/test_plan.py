"""`mlprep plan`: with a fixed clock and a known bank, the new cards a day, the settling days, the forecast
and the feasibility warning; bad dates are usage errors."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app
from mlprep.srs.plan import make_plan, new_per_day, settle_days
from mlprep.srs.schedule import make_scheduler

from bankfiles import write_bank

runner = CliRunner()
NOW = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    directory = tmp_path / "bank"
    directory.mkdir()
    write_bank(directory, ids=tuple(f"plan-q{i:02d}" for i in range(30)), topic="planning")
    return directory


def test_new_cards_a_day_leave_settling_days() -> None:
    assert settle_days(20) == 3 and settle_days(6) == 1 and settle_days(2) == 0
    assert new_per_day(30, 13) == 3 and new_per_day(0, 10) == 0 and new_per_day(5, 1) == 5


def test_the_forecast_introduces_every_card_and_reviews_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    plan = make_plan(NOW, date(2026, 3, 15), 30, [], make_scheduler(fuzz=False), 0.9, pace=10)
    assert plan.days == 14 and plan.settle_days == 3 and plan.new_per_day == 3
    assert sum(d.new for d in plan.workload) == 30
    assert [d.new for d in plan.workload[-3:]] == [0, 0, 0]
    assert all(d.reviews >= 2 * d.new for d in plan.workload)
    assert plan.retrievability >= 0.9 and plan.feasible


def test_too_slow_a_pace_is_not_feasible() -> None:
    plan = make_plan(NOW, date(2026, 3, 5), 30, [], make_scheduler(fuzz=False), 0.9, pace=2)
    assert plan.new_per_day == 10
    assert not plan.feasible and "at your current pace (2 new a day)" in plan.warnings[0]


def test_plan_command_json(bank: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLPREP_NOW", NOW.isoformat())
    result = runner.invoke(app, ["plan", "--date", "2026-03-15", "--topic", "planning", "--bank", str(bank), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["unseen"] == 30 and data["new_per_day"] == 3 and data["days"] == 14 and data["feasible"]
    assert len(data["workload"]) == 14 and sum(d["new"] for d in data["workload"]) == 30
    text = runner.invoke(app, ["plan", "--date", "2026-03-15", "--topic", "planning", "--bank", str(bank)]).stdout
    assert "Study 3 new a day, then 3 days of review only" in text and "03-01 " in text


def test_plan_uses_the_configured_date_and_refuses_bad_ones(bank: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLPREP_NOW", NOW.isoformat())
    missing = runner.invoke(app, ["plan"])
    assert missing.exit_code == 2 and "config set exam_date" in missing.stderr
    runner.invoke(app, ["config", "set", "exam_date", "2026-03-10"])
    assert runner.invoke(app, ["plan", "--json", "--topic", "planning", "--bank", str(bank)]).exit_code == 0
    assert runner.invoke(app, ["plan", "--date", "2026-02-01"]).exit_code == 2
    assert runner.invoke(app, ["plan", "--date", "soon"]).exit_code == 2
    assert "unknown topic" in runner.invoke(app, ["plan", "--date", "2026-03-10", "--topic", "x"]).stderr
