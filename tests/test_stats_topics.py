"""Per-topic progress in `mlprep stats` and `stats --json`, on a small known bank with a fixed clock and a
store written directly (cards with long intervals and a month of reviews cannot be made by rating)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.cli.app import app
from mlprep.srs.store import Store, iso

from bankfiles import write_bank

runner = CliRunner()
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)


def card(card_id: str, state: int, due: timedelta, last_review: timedelta) -> tuple:
    return (card_id, state, None, 5.0, 5.0, iso(NOW + due), iso(NOW - last_review), iso(NOW - timedelta(days=90)))


def log(card_id: str, rating: int, days_ago: float, state_before: int | None = 2) -> tuple:
    return (card_id, rating, iso(NOW - timedelta(days=days_ago)), state_before)


@pytest.fixture
def known(tmp_path: Path, mlprep_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Topic zqalpha: 3 questions, 2 seen, 1 mature, 1 due now, 9 of 12 review-state reviews passed in the
    last 30 days. Topic zqbeta: 2 questions, 1 seen (learning, due but buried), 1 of 2 passed."""
    bank = tmp_path / "bank"
    write_bank(bank, "alpha.yaml", ids=("zq-a1", "zq-a2", "zq-a3"), topic="zqalpha")
    write_bank(bank, "beta.yaml", ids=("zq-b1", "zq-b2"), topic="zqbeta")
    monkeypatch.setenv("MLPREP_NOW", NOW.isoformat())
    Store(mlprep_home / "mlprep.sqlite3").close()
    conn = sqlite3.connect(mlprep_home / "mlprep.sqlite3")
    with conn:
        conn.executemany(
            "INSERT INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                card("zq-a1", 2, -timedelta(hours=1), timedelta(days=25)),  # interval 25 days: mature, due
                card("zq-a2", 2, timedelta(days=5), timedelta(days=5)),  # interval 10 days
                card("zq-b1", 1, -timedelta(minutes=10), timedelta(minutes=20)),
                card("zq-gone", 2, -timedelta(days=1), timedelta(days=40)),  # its question left the bank
            ],
        )
        rows = [log("zq-a1" if n % 2 else "zq-a2", 3 if n < 9 else 1, 1 + 2.5 * n) for n in range(12)]
        rows += [log("zq-a1", 1, 31), log("zq-a2", 1, 2, state_before=1), log("zq-gone", 1, 3)]
        rows += [log("zq-b1", 4, 2), log("zq-b1", 1, 1)]
        conn.executemany(
            "INSERT INTO review_log (card_id, rating, reviewed_at, state_before) VALUES (?, ?, ?, ?)", rows
        )
        conn.execute(
            "INSERT INTO card_marks (card_id, buried_until) VALUES ('zq-b1', ?)", (iso(NOW + timedelta(hours=20)),)
        )
    return bank


def topics(result_stdout: str) -> dict[str, dict]:
    return {t["topic"]: t for t in json.loads(result_stdout)["topics"]}


def test_stats_json_has_each_topics_progress(known: Path) -> None:
    result = runner.invoke(app, ["stats", "--json", "--bank", str(known)])
    assert result.exit_code == 0, result.output
    by_topic = topics(result.stdout)
    assert by_topic["zqalpha"] == {
        "topic": "zqalpha",
        "total": 3,
        "seen": 2,
        "mature": 1,
        "due_now": 1,
        "retention_30d": {"reviews": 12, "passed": 9, "rate": 0.75},
    }
    assert by_topic["zqbeta"] == {
        "topic": "zqbeta",
        "total": 2,
        "seen": 1,
        "mature": 0,
        "due_now": 0,  # due, but buried
        "retention_30d": {"reviews": 2, "passed": 1, "rate": 0.5},
    }
    untouched = next(t for name, t in by_topic.items() if name not in ("zqalpha", "zqbeta"))
    assert untouched["seen"] == 0 and untouched["retention_30d"] == {"reviews": 0, "passed": 0, "rate": None}


def test_weakest_topics_by_retention_then_mature_share(known: Path) -> None:
    figures = json.loads(runner.invoke(app, ["stats", "--json", "--bank", str(known)]).stdout)
    # zqalpha has enough reviews to judge by retention; zqbeta, begun with 2 reviews, by its mature share;
    # topics never begun are not weak, only new.
    assert figures["weakest"] == [{"topic": "zqalpha", "by": "retention"}, {"topic": "zqbeta", "by": "mature"}]


def test_the_thirty_days_follow_the_clock(known: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLPREP_NOW", (NOW + timedelta(days=5)).isoformat())
    later = topics(runner.invoke(app, ["stats", "--json", "--bank", str(known)]).stdout)["zqalpha"]
    assert later["retention_30d"] == {"reviews": 10, "passed": 9, "rate": 0.9}  # 26 and 28.5 days ago are out
    monkeypatch.setenv("MLPREP_NOW", (NOW - timedelta(days=2)).isoformat())
    earlier = topics(runner.invoke(app, ["stats", "--json", "--bank", str(known)]).stdout)["zqalpha"]
    assert earlier["retention_30d"] == {"reviews": 13, "passed": 9, "rate": 9 / 13}  # and the one 31 days ago


def test_stats_text_shows_topics_and_the_weakest(known: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, ["stats", "--bank", str(known)])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if line.startswith("zqalpha"))
    assert [cell.strip() for cell in row.split("│")] == ["zqalpha", "2/3", "1", "75% (9/12)", "1"]
    assert "Weakest: zqalpha 75% of 12 reviews · zqbeta 0 of 2 mature" in result.stdout
    monkeypatch.setenv("COLUMNS", "40")  # too narrow for the grid: one block per topic, nothing cut
    narrow = runner.invoke(app, ["stats", "--bank", str(known)]).stdout.splitlines()
    block = narrow[narrow.index("zqalpha") : narrow.index("zqalpha") + 5]
    assert [line.strip() for line in block[1:]] == ["seen: 2/3", "mature: 1", "retention: 75% (9/12)", "due now: 1"]
