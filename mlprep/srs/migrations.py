"""Forward-only schema migrations, applied in order and recorded by name."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from mlprep.db import transaction


def m001_initial(conn: sqlite3.Connection) -> None:
    """Cards (FSRS state per question or drill) and the append-only review log."""
    _execute_all(
        conn,
        """
        CREATE TABLE cards (
            card_id TEXT PRIMARY KEY,
            state INTEGER NOT NULL,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due TEXT NOT NULL,
            last_review TEXT,
            first_review TEXT NOT NULL
        );
        CREATE INDEX cards_due ON cards(due);
        CREATE INDEX cards_first_review ON cards(first_review);
        CREATE TABLE review_log (
            id INTEGER PRIMARY KEY,
            card_id TEXT NOT NULL,
            rating INTEGER NOT NULL,
            reviewed_at TEXT NOT NULL,
            duration_ms INTEGER,
            state_before INTEGER,
            interval_before REAL,
            scheduled_days REAL
        );
        CREATE INDEX review_log_card ON review_log(card_id);
        CREATE INDEX review_log_time ON review_log(reviewed_at);
        """,
    )


def m002_drill_attempts(conn: sqlite3.Connection) -> None:
    """Every graded drill attempt, and every hint shown."""
    _execute_all(
        conn,
        """
        CREATE TABLE drill_attempts (
            id INTEGER PRIMARY KEY,
            drill TEXT NOT NULL,
            attempted_at TEXT NOT NULL,
            passed INTEGER NOT NULL,
            tests_passed INTEGER NOT NULL,
            tests_total INTEGER NOT NULL,
            hints_used INTEGER NOT NULL
        );
        CREATE INDEX drill_attempts_drill ON drill_attempts(drill, attempted_at);
        CREATE TABLE drill_hints (
            id INTEGER PRIMARY KEY,
            drill TEXT NOT NULL,
            hint_index INTEGER NOT NULL,
            shown_at TEXT NOT NULL
        );
        CREATE INDEX drill_hints_drill ON drill_hints(drill);
        """,
    )


def m003_review_summary(conn: sqlite3.Connection) -> None:
    """Review counts per 15-minute UTC bucket and running totals, kept by triggers on the review log
    (insert and delete) and backfilled from it, so `stats` costs the same whatever the history's length.

    Every time zone's offset is a whole number of quarter hours, so each bucket falls on one local day.
    A review is "mature" when the card's interval before it was at least 21 days, as `stats` reports it."""
    bucket = "CAST(strftime('%s', {}) AS INTEGER) / 900"
    _execute_all(
        conn,
        f"""
        CREATE TABLE review_buckets (
            bucket INTEGER PRIMARY KEY,
            reviews INTEGER NOT NULL
        );
        CREATE TABLE review_totals (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            reviews INTEGER NOT NULL,
            mature_reviews INTEGER NOT NULL,
            mature_passed INTEGER NOT NULL
        );
        INSERT INTO review_buckets
            SELECT {bucket.format("reviewed_at")}, count(*) FROM review_log GROUP BY 1;
        INSERT INTO review_totals
            SELECT 1, count(*), coalesce(sum(interval_before >= 21), 0),
                   coalesce(sum(interval_before >= 21 AND rating > 1), 0)
            FROM review_log
        """,
    )
    conn.execute(
        f"""
        CREATE TRIGGER review_log_summary AFTER INSERT ON review_log BEGIN
            INSERT INTO review_buckets VALUES ({bucket.format("NEW.reviewed_at")}, 1)
                ON CONFLICT (bucket) DO UPDATE SET reviews = reviews + 1;
            UPDATE review_totals SET
                reviews = reviews + 1,
                mature_reviews = mature_reviews + coalesce(NEW.interval_before >= 21, 0),
                mature_passed = mature_passed + coalesce(NEW.interval_before >= 21 AND NEW.rating > 1, 0);
        END
        """
    )
    conn.execute(  # a review taken back (undo, a drill's day re-rated) leaves the summary too
        f"""
        CREATE TRIGGER review_log_summary_delete AFTER DELETE ON review_log BEGIN
            UPDATE review_buckets SET reviews = reviews - 1 WHERE bucket = {bucket.format("OLD.reviewed_at")};
            UPDATE review_totals SET
                reviews = reviews - 1,
                mature_reviews = mature_reviews - coalesce(OLD.interval_before >= 21, 0),
                mature_passed = mature_passed - coalesce(OLD.interval_before >= 21 AND OLD.rating > 1, 0);
        END
        """
    )


def m004_review_card_before(conn: sqlite3.Connection) -> None:
    """Each log entry keeps the card's state before the rating (JSON; NULL for a new card), so a rating can
    be taken back exactly."""
    conn.execute("ALTER TABLE review_log ADD COLUMN card_before TEXT")


def m005_card_marks(conn: sqlite3.Connection) -> None:
    """What the learner said about a card: suspended, buried until a time, flagged (with a reason), a note."""
    _execute_all(
        conn,
        """
        CREATE TABLE card_marks (
            card_id TEXT PRIMARY KEY,
            suspended INTEGER NOT NULL DEFAULT 0,
            buried_until TEXT,
            flag TEXT,
            note TEXT
        );
        """,
    )


def m006_fsrs_parameters(conn: sqlite3.Connection) -> None:
    """FSRS parameters fitted to the learner's own reviews (at most one row; none means the defaults)."""
    conn.execute(
        "CREATE TABLE fsrs_parameters (id INTEGER PRIMARY KEY CHECK (id = 1), parameters TEXT NOT NULL,"
        " fitted_at TEXT NOT NULL, reviews INTEGER NOT NULL, loss_before REAL NOT NULL, loss_after REAL NOT NULL)"
    )


def m007_interviews(conn: sqlite3.Connection) -> None:
    """Mock interview reports (JSON), by start time."""
    conn.execute(
        "CREATE TABLE interviews (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, score REAL NOT NULL,"
        " report TEXT NOT NULL)"
    )


def m008_recent_reviews(conn: sqlite3.Connection) -> None:
    """Per card, its reviews in review state (and how many passed) since a moving start, about 30 days before
    the latest review, kept by triggers and backfilled from the log; `stats` reads per-topic retention over
    the last 30 days from it, whatever the history's length.

    The start only moves forward: a review inserted moves it to 30 days before itself, taking out of the
    counts the reviews it passes. So the counts always hold exactly the reviews at or after the start, and a
    reader corrects them for its own window with the few log entries between the two (`Store.recent_reviews`)."""
    month_before = "strftime('%Y-%m-%dT%H:%M:%S+00:00', {}, '-30 days')"
    _execute_all(
        conn,
        f"""
        CREATE TABLE recent_start (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            since TEXT NOT NULL
        );
        CREATE TABLE recent_reviews (
            card_id TEXT PRIMARY KEY,
            reviews INTEGER NOT NULL,
            passed INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO recent_start SELECT 1, coalesce({month_before.format("max(reviewed_at)")}, '') FROM review_log;
        INSERT INTO recent_reviews
            SELECT card_id, count(*), sum(rating > 1) FROM review_log INDEXED BY review_log_time
            WHERE reviewed_at >= (SELECT since FROM recent_start) AND state_before = 2 GROUP BY card_id
        """,
    )
    conn.execute(
        f"""
        CREATE TRIGGER review_log_recent AFTER INSERT ON review_log BEGIN
            INSERT INTO recent_reviews
                SELECT card_id, -count(*), -sum(rating > 1) FROM review_log INDEXED BY review_log_time
                WHERE reviewed_at >= (SELECT since FROM recent_start)
                    AND reviewed_at < {month_before.format("NEW.reviewed_at")} AND state_before = 2
                GROUP BY card_id
                ON CONFLICT (card_id) DO UPDATE SET reviews = reviews + excluded.reviews,
                    passed = passed + excluded.passed;
            UPDATE recent_start SET since = max(since, {month_before.format("NEW.reviewed_at")});
            INSERT INTO recent_reviews
                SELECT NEW.card_id, 1, NEW.rating > 1
                WHERE NEW.state_before = 2 AND NEW.reviewed_at >= (SELECT since FROM recent_start)
                ON CONFLICT (card_id) DO UPDATE SET reviews = reviews + 1, passed = passed + excluded.passed;
        END
        """
    )
    conn.execute(  # a review taken back leaves the counts too
        """
        CREATE TRIGGER review_log_recent_delete AFTER DELETE ON review_log
        WHEN OLD.state_before = 2 AND OLD.reviewed_at >= (SELECT since FROM recent_start) BEGIN
            UPDATE recent_reviews SET reviews = reviews - 1, passed = passed - (OLD.rating > 1)
                WHERE card_id = OLD.card_id;
        END
        """
    )


def _execute_all(conn: sqlite3.Connection, script: str) -> None:
    """Run each statement of `script` inside the caller's transaction (executescript would commit it)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_initial,
    m002_drill_attempts,
    m003_review_summary,
    m004_review_card_before,
    m005_card_marks,
    m006_fsrs_parameters,
    m007_interviews,
    m008_recent_reviews,
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded, each in its own transaction; return the names applied."""
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    applied = []
    for migration in MIGRATIONS:
        if migration.__name__ in done:
            continue
        with transaction(conn):
            # Another process may have applied it while this one waited for the lock.
            if conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (migration.__name__,)).fetchone():
                continue
            migration(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))",
                (migration.__name__,),
            )
        applied.append(migration.__name__)
    return applied
