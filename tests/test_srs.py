"""Store migrations, FSRS scheduling with golden due dates, crash-free concurrency, the review queue."""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
import pytest

from mlprep.bank.cache import Bank
from mlprep.clock import start_of_local_day
from mlprep.db import transaction
from mlprep.srs.migrations import MIGRATIONS
from mlprep.srs.queue import build_queue
from mlprep.srs.schedule import make_scheduler, rate
from mlprep.srs.stats import compute_stats
from mlprep.srs.store import Store, iso

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
        "recent_reviews": ["card_id", "reviews", "passed"],
        "recent_start": ["id", "since"],
        "review_buckets": ["bucket", "reviews"],
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
        "review_totals": ["id", "reviews", "mature_reviews", "mature_passed"],
    }
    conn = sqlite3.connect(tmp_path / "s.db")
    applied = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY name")]
    assert applied == [m.__name__ for m in MIGRATIONS]
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "cards_due" in indexes
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert triggers == {
        "review_log_summary",
        "review_log_summary_delete",
        "review_log_recent",
        "review_log_recent_delete",
    }


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


def log_rows(count: int, seed: int) -> list[tuple]:
    """Review-log rows spread over 200 days, every rating, intervals on both sides of 21 days."""
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        moment = T0 - timedelta(minutes=rng.randrange(200 * 1440))
        interval = rng.choice([None, 0.0, 3.5, 20.9, 21.0, 40.0])
        rows.append((f"c{n % 7}", rng.randint(1, 4), iso(moment), 1000, 2, interval, 5.0))
    return rows


INSERT_LOG = (
    "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, state_before, interval_before,"
    " scheduled_days) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def figures_from_the_log(conn: sqlite3.Connection, since: datetime) -> tuple:
    """What stats reported when it scanned the whole review log."""
    per_day = dict(
        conn.execute(
            "SELECT date(reviewed_at, 'localtime'), count(*) FROM review_log WHERE reviewed_at >= ? GROUP BY 1",
            (iso(since),),
        ).fetchall()
    )
    totals = conn.execute(
        "SELECT count(*), coalesce(sum(interval_before >= 21), 0),"
        " coalesce(sum(interval_before >= 21 AND rating > 1), 0) FROM review_log"
    ).fetchone()
    return per_day, totals


@pytest.fixture(params=["UTC", "Asia/Kathmandu", "America/St_Johns"])
def local_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local days in zones whose offsets are not whole hours (+05:45, -03:30)."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("local_zone")
def test_the_summary_backfilled_and_kept_by_the_trigger_matches_the_log(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    conn = sqlite3.connect(path, isolation_level=None)
    with transaction(conn):
        conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        for migration in MIGRATIONS[:2]:  # a store from before m003, with history
            migration(conn)
            conn.execute("INSERT INTO _migrations VALUES (?, 'then')", (migration.__name__,))
        conn.executemany(INSERT_LOG, log_rows(3000, seed=1))
    conn.close()
    since = start_of_local_day(T0) - timedelta(days=83)
    with Store(path) as store:  # m003 backfills
        assert (store.reviews_per_day(since), store.review_totals()) == figures_from_the_log(store.conn, since)
        with store.transaction() as conn:
            conn.executemany(INSERT_LOG, log_rows(2000, seed=2))  # the trigger keeps the summary
        rate(store, "c1", 3, T0, make_scheduler(fuzz=False))
        assert (store.reviews_per_day(since), store.review_totals()) == figures_from_the_log(store.conn, since)
        figures = compute_stats(store, {"c1": "topic"}, T0)
    per_day, (total, mature, passed) = figures_from_the_log(sqlite3.connect(path), since)
    assert figures["reviews_total"] == total == 5001
    assert figures["mature_retention"] == {"reviews": mature, "passed": passed, "rate": passed / mature}
    assert {d["date"]: d["reviews"] for d in figures["reviews_per_day"] if d["reviews"]} == per_day


def recent_from_the_log(conn: sqlite3.Connection, since: datetime) -> dict[str, tuple[int, int]]:
    rows = conn.execute(
        "SELECT card_id, count(*), sum(rating > 1) FROM review_log WHERE reviewed_at >= ? AND state_before = 2"
        " GROUP BY card_id",
        (iso(since),),
    )
    return {card: (n, passed) for card, n, passed in rows}


def added_up(rows: list[tuple[str, int, int]]) -> dict[str, tuple[int, int]]:
    totals: dict[str, tuple[int, int]] = {}
    for card, n, passed in rows:
        before = totals.get(card, (0, 0))
        totals[card] = (before[0] + n, before[1] + passed)
    return {card: counts for card, counts in totals.items() if counts[0]}


def mixed_log_rows(count: int, seed: int, days: int = 120) -> list[tuple]:
    """Review-log rows in random time order over `days` days before and after T0, in every state."""
    rng = random.Random(seed)
    return [
        (
            f"c{rng.randrange(9)}",
            rng.randint(1, 4),
            iso(T0 + timedelta(minutes=rng.randrange(-days, days) * 720)),
            1000,
            rng.choice([None, 1, 2, 2, 3]),
            5.0,
            5.0,
        )
        for _ in range(count)
    ]


def test_recent_reviews_backfilled_and_kept_by_the_triggers_match_the_log(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    conn = sqlite3.connect(path, isolation_level=None)
    with transaction(conn):
        conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        for migration in MIGRATIONS[:7]:  # a store from before m008, with history
            migration(conn)
            conn.execute("INSERT INTO _migrations VALUES (?, 'then')", (migration.__name__,))
        conn.executemany(INSERT_LOG, mixed_log_rows(1500, seed=3))
    conn.close()
    moments = [T0 + timedelta(days=d, hours=h) for d in (-200, -61, -30, -29, -3, 0, 45, 200) for h in (0, 7)]
    with Store(path) as store:  # m008 backfills
        assert recent_from_the_log(store.conn, T0 - timedelta(days=30))
        for since in moments:
            assert added_up(store.recent_reviews(since)) == recent_from_the_log(store.conn, since)
        with store.transaction() as conn:  # later and earlier reviews move the start, or do not
            conn.executemany(INSERT_LOG, mixed_log_rows(1500, seed=4, days=240))
        with store.transaction() as conn:  # reviews taken back
            conn.execute("DELETE FROM review_log WHERE id % 5 = 0")
        for since in moments:
            assert added_up(store.recent_reviews(since)) == recent_from_the_log(store.conn, since)
