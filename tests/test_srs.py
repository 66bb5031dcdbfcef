"""Store migrations, FSRS scheduling with golden due dates, crash-free concurrency, the review queue."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs

from mlprep.bank.cache import Bank
from mlprep.srs.migrations import MIGRATIONS
from mlprep.srs.queue import build_queue
from mlprep.srs.schedule import make_scheduler, rate
from mlprep.srs.store import Store

from bankfiles import write_bank

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)


def schema(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return {t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in tables}


def test_blank_database_migrates_to_the_full_schema(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    assert schema(tmp_path / "s.db") == {
        "_migrations": ["name", "applied_at"],
        "card_marks": ["card_id", "suspended", "buried_until", "flag", "note"],
        "cards": ["card_id", "state", "step", "stability", "difficulty", "due", "last_review", "first_review"],
        "drill_attempts": ["id", "drill", "attempted_at", "passed", "tests_passed", "tests_total", "hints_used"],
        "drill_hints": ["id", "drill", "hint_index", "shown_at"],
        "fsrs_parameters": ["id", "parameters", "fitted_at", "reviews", "loss_before", "loss_after"],
        "interviews": ["id", "started_at", "score", "report"],
        "review_log": [
            "id",
            "card_id",
            "rating",
            "reviewed_at",
            "duration_ms",
            "state_before",
            "interval_before",
            "scheduled_days",
            "card_before",
        ],
    }
    conn = sqlite3.connect(tmp_path / "s.db")
    applied = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY name")]
    assert applied == [m.__name__ for m in MIGRATIONS]
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "cards_due" in indexes


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    Store(tmp_path / "s.db").close()
    conn = sqlite3.connect(tmp_path / "s.db")
    assert conn.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(MIGRATIONS)


GOLDEN = [  # (rating, days after T0, expected due, expected state)
    (3, 0, "2026-01-05T09:10:00+00:00", fsrs.State.Learning),
    (3, 10 / 1440, "2026-01-07T09:10:00+00:00", fsrs.State.Review),
    (3, 2, "2026-01-14T09:00:00+00:00", fsrs.State.Review),
    (1, 8, "2026-01-13T09:10:00+00:00", fsrs.State.Relearning),
    (3, 8 + 10 / 1440, "2026-01-14T09:10:00+00:00", fsrs.State.Review),
    (4, 9, "2026-01-16T09:00:00+00:00", fsrs.State.Review),
]


def test_golden_due_dates_through_the_store(tmp_path: Path) -> None:
    scheduler = make_scheduler(fuzz=False)
    reference = fsrs.Card(card_id=1, due=T0)
    with Store(tmp_path / "s.db") as store:
        for rating, days, due, state in GOLDEN:
            now = T0 + timedelta(days=days)
            row = rate(store, "q", rating, now, scheduler)
            reference, _ = scheduler.review_card(reference, fsrs.Rating(rating), now)
            assert (row.due, row.state) == (due, state.value)
            assert row.due == reference.due.isoformat()
            assert row.stability == reference.stability and row.difficulty == reference.difficulty
        logs = store.conn.execute("SELECT rating, state_before FROM review_log ORDER BY id").fetchall()
    assert [r for r, _ in logs] == [g[0] for g in GOLDEN]
    assert logs[0][1] is None and logs[3][1] == fsrs.State.Review.value


def test_initial_stability_is_fsrs6_default(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        row = rate(store, "q", 3, T0, make_scheduler(fuzz=False))
    assert row.stability == fsrs.Scheduler().parameters[2]


def _rate_many(path: str, card_ids: list[str]) -> None:
    with Store(Path(path)) as store:
        for i, card in enumerate(card_ids):
            rate(store, card, 3, T0 + timedelta(minutes=i), make_scheduler(fuzz=False))


def test_two_processes_rating_at_once_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "s.db")
    Store(Path(path)).close()
    cards = [f"c{i % 5}" for i in range(40)]
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_rate_many, args=(path, cards)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM review_log").fetchone()[0] == 80
    assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 5
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_queue_puts_due_first_then_new_up_to_the_daily_allowance(tmp_path: Path) -> None:
    write_bank(tmp_path / "bank", ids=tuple(f"q{i}" for i in range(6)))
    bank = Bank.open([tmp_path / "bank"], tmp_path / "cache.db")
    with Store(tmp_path / "s.db") as store:
        rate(store, "q4", 1, T0)  # due again in 1 minute
        rate(store, "gone", 1, T0)  # a card whose question left the bank: kept, skipped
        rate(store, "drill:knn", 1, T0)
        queue = build_queue(store, bank, T0 + timedelta(hours=1), new_per_day=3)
    assert queue.due == ["q4"]
    assert queue.due_drills == ["knn"]
    assert queue.new == ["q0"]  # 3 a day, of which "q4" and "gone" were started today; drills do not count
