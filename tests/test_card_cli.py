"""`mlprep card`: each change is stored and shown; unknown ids are usage errors with a suggestion."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app

runner = CliRunner()
QID = "attention-why-scale-sqrt-dk"


def card_list(*flags: str) -> list[dict]:
    result = runner.invoke(app, ["card", "list", "--json", *flags])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_suspend_flag_note_and_unmark() -> None:
    assert runner.invoke(app, ["card", "suspend", QID]).stdout == f"Suspended {QID}.\n"
    assert runner.invoke(app, ["card", "flag", QID, "answer seems wrong"]).exit_code == 0
    assert runner.invoke(app, ["card", "note", QID, "variance argument"]).exit_code == 0
    [row] = card_list("--suspended")
    assert row == {
        "id": QID,
        "suspended": True,
        "buried_until": None,
        "flag": "answer seems wrong",
        "note": "variance argument",
    }
    shown = runner.invoke(app, ["card", "show", QID]).stdout
    assert "suspended" in shown and "flagged: answer seems wrong" in shown and "note: variance argument" in shown
    runner.invoke(app, ["card", "unsuspend", QID])
    runner.invoke(app, ["card", "unflag", QID])
    assert card_list("--suspended") == [] and card_list("--flagged") == []
    runner.invoke(app, ["card", "note", QID, ""])
    assert card_list() == []


def test_bury_lasts_until_the_next_local_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("MLPREP_NOW", "2026-03-01T10:00:00+00:00")
    runner.invoke(app, ["card", "bury", QID])
    [row] = card_list("--buried")
    assert row["buried_until"] == "2026-03-02T00:00:00+00:00"
    monkeypatch.setenv("MLPREP_NOW", "2026-03-02T00:00:01+00:00")
    assert card_list("--buried") == []


def test_reset_asks_first_and_keeps_history(mlprep_home) -> None:
    import sqlite3

    runner.invoke(app, ["quiz", "-n", "1", "--topic", "knn"], input="\n3\n")
    with sqlite3.connect(mlprep_home / "mlprep.sqlite3") as conn:
        (card,) = conn.execute("SELECT card_id FROM cards").fetchone()
    refused = runner.invoke(app, ["card", "reset", card], input="n\n")
    assert refused.exit_code == 1
    assert runner.invoke(app, ["card", "reset", card, "--yes"]).stdout == f"Reset {card} to new.\n"
    with sqlite3.connect(mlprep_home / "mlprep.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM review_log").fetchone()[0] == 1
    assert "new (never reviewed)" in runner.invoke(app, ["card", "show", card]).stdout


def test_unknown_id_suggests_the_closest() -> None:
    result = runner.invoke(app, ["card", "suspend", "attention-why-scale-sqrt-d"])
    assert result.exit_code == 2 and f"did you mean '{QID}'" in result.stderr
    assert runner.invoke(app, ["card", "show", "drill:nope"]).exit_code == 2
