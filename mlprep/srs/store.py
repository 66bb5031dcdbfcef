"""The SQLite store: cards with their FSRS state, the review log and drill attempts."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from mlprep.db import transaction
from mlprep.errors import SettingError, StoreError
from mlprep.srs.migrations import migrate

DRILL_PREFIX = "drill:"  # card ids of drills; question ids cannot contain ':'
MIN_FREE_BYTES = 1 << 20  # a session's ratings take a few kilobytes


def iso(moment: datetime) -> str:
    """An aware datetime as the fixed-width UTC text the store sorts and compares on."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class CardRow:
    """A card's FSRS state as stored; `due`, `last_review` and `first_review` are ISO-8601 UTC strings."""

    card_id: str
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: str
    last_review: str | None
    first_review: str


@dataclass(frozen=True)
class Review:
    """One rating to record: the card's new state and the log entry, written together."""

    card: CardRow
    rating: int
    reviewed_at: str
    state_before: int | None
    interval_before: float | None
    scheduled_days: float
    duration_ms: int | None = None
    card_before: CardRow | None = None


@dataclass(frozen=True)
class LoggedReview:
    """A review log entry with the card's state before it (None for a card seen the first time)."""

    log_id: int
    rating: int
    reviewed_at: str
    card_before: CardRow | None


@dataclass(frozen=True)
class LogRow:
    """One review log entry, as exported."""

    card_id: str
    reviewed_at: str
    rating: int
    state_before: int | None
    duration_ms: int | None


@dataclass(frozen=True)
class Marks:
    """What the learner said about a card."""

    suspended: bool = False
    buried_until: str | None = None
    flag: str | None = None
    note: str | None = None

    def hidden(self, now: datetime) -> bool:
        """Suspended, or buried past `now`."""
        return self.suspended or (self.buried_until is not None and self.buried_until > iso(now))


@dataclass(frozen=True)
class Fitted:
    """FSRS parameters fitted to the learner's reviews, with the log loss before and after."""

    parameters: list[float]
    fitted_at: str
    reviews: int
    loss_before: float
    loss_after: float


@dataclass(frozen=True)
class DrillStatus:
    """A drill's record: whether it was ever passed, and when it was last attempted."""

    passed: bool
    attempted_at: str


class Store:
    """A connection to the store, migrated to the current schema on open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            migrate(self.conn)
        except sqlite3.OperationalError as exc:
            if unwritable(exc):
                raise SettingError(f"MLPREP_HOME: cannot use the store {path}: {exc}") from exc
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc

    def check_writable(self) -> None:
        """Fail before the first question, not at the first rating, when ratings could not be saved: a
        read-only file, directory or file system, or a full disk. Commits one write that changes nothing."""
        free = shutil.disk_usage(self.path.parent).free
        if free < MIN_FREE_BYTES:
            raise SettingError(f"MLPREP_HOME: no room to save ratings in {self.path.parent} ({free} bytes free)")
        try:
            with self.transaction() as conn:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute(f"PRAGMA user_version = {int(version)}")
        except sqlite3.DatabaseError as exc:
            error = SettingError if unwritable(exc) else StoreError
            raise error(f"MLPREP_HOME: cannot save ratings in {self.path}: {exc}") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken before reading so concurrent raters never lose an update."""
        with transaction(self.conn) as conn:
            yield conn

    def card(self, card_id: str) -> CardRow | None:
        row = self.conn.execute("SELECT * FROM cards WHERE card_id = ?", (card_id,)).fetchone()
        return CardRow(*row) if row else None

    def write_review(self, review: Review) -> None:
        """Upsert the card and append the log entry; call inside `transaction()`."""
        c = review.card
        self.conn.execute(
            "INSERT OR REPLACE INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (c.card_id, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.first_review),
        )
        before = review.card_before
        self.conn.execute(
            "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, state_before,"
            " interval_before, scheduled_days, card_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                c.card_id,
                review.rating,
                review.reviewed_at,
                review.duration_ms,
                review.state_before,
                review.interval_before,
                review.scheduled_days,
                json.dumps(list(before.__dict__.values())) if before else None,
            ),
        )

    def reviews_between(self, card_id: str, start: datetime, end: datetime) -> list[LoggedReview]:
        """The card's log entries with start ≤ reviewed_at < end, oldest first."""
        rows = self.conn.execute(
            "SELECT id, rating, reviewed_at, card_before FROM review_log"
            " WHERE card_id = ? AND reviewed_at >= ? AND reviewed_at < ? ORDER BY id",
            (card_id, iso(start), iso(end)),
        )
        return [LoggedReview(i, r, at, CardRow(*json.loads(b)) if b else None) for i, r, at, b in rows]

    def take_back(self, card_id: str, review: LoggedReview) -> None:
        """Undo a review: the card goes back to its state before it and the log entry is removed; call
        inside `transaction()`."""
        self.conn.execute("DELETE FROM review_log WHERE id = ?", (review.log_id,))
        before = review.card_before
        if before is None:
            self.conn.execute("DELETE FROM cards WHERE card_id = ?", (card_id,))
        else:
            self.conn.execute(
                "INSERT OR REPLACE INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                tuple(before.__dict__.values()),
            )

    def marks(self, card_id: str) -> Marks:
        row = self.conn.execute(
            "SELECT suspended, buried_until, flag, note FROM card_marks WHERE card_id = ?", (card_id,)
        ).fetchone()
        return Marks(bool(row[0]), row[1], row[2], row[3]) if row else Marks()

    def all_marks(self) -> dict[str, Marks]:
        rows = self.conn.execute("SELECT card_id, suspended, buried_until, flag, note FROM card_marks")
        return {card: Marks(bool(s), b, f, n) for card, s, b, f, n in rows}

    def hidden_ids(self, now: datetime) -> set[str]:
        """Cards that review and quiz skip: suspended, or buried past `now`."""
        rows = self.conn.execute("SELECT card_id FROM card_marks WHERE suspended = 1 OR buried_until > ?", (iso(now),))
        return {r[0] for r in rows}

    def mark(self, card_id: str, **changes: object) -> Marks:
        """Change some of a card's marks (suspended, buried_until, flag, note) in one transaction."""
        allowed = {"suspended", "buried_until", "flag", "note"}
        if not changes or set(changes) - allowed:
            raise ValueError(f"marks are {', '.join(sorted(allowed))}")
        with self.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO card_marks (card_id) VALUES (?)", (card_id,))
            for column, value in changes.items():
                conn.execute(f"UPDATE card_marks SET {column} = ? WHERE card_id = ?", (value, card_id))
        return self.marks(card_id)

    def forget(self, card_id: str) -> bool:
        """Put a card back to new (its review history is kept); whether it had been reviewed."""
        with self.transaction() as conn:
            return conn.execute("DELETE FROM cards WHERE card_id = ?", (card_id,)).rowcount > 0

    def card_reviews(self, card_id: str, limit: int = 10) -> list[tuple[str, int]]:
        """The card's latest reviews (time, rating), newest first."""
        rows = self.conn.execute(
            "SELECT reviewed_at, rating FROM review_log WHERE card_id = ? ORDER BY id DESC LIMIT ?", (card_id, limit)
        )
        return [(at, rating) for at, rating in rows]

    def fitted_parameters(self) -> Fitted | None:
        row = self.conn.execute(
            "SELECT parameters, fitted_at, reviews, loss_before, loss_after FROM fsrs_parameters"
        ).fetchone()
        return Fitted(json.loads(row[0]), row[1], row[2], row[3], row[4]) if row else None

    def save_parameters(self, fitted: Fitted | None) -> None:
        """Store fitted FSRS parameters, or go back to the defaults with None."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM fsrs_parameters")
            if fitted is not None:
                conn.execute(
                    "INSERT INTO fsrs_parameters VALUES (1, ?, ?, ?, ?, ?)",
                    (
                        json.dumps(fitted.parameters),
                        fitted.fitted_at,
                        fitted.reviews,
                        fitted.loss_before,
                        fitted.loss_after,
                    ),
                )

    def question_reviews(self) -> list[tuple[str, str, int, int | None]]:
        """(card id, reviewed at, rating, duration ms) of every question review (drills excluded), oldest first."""
        rows = self.conn.execute(
            "SELECT card_id, reviewed_at, rating, duration_ms FROM review_log WHERE card_id NOT LIKE ?"
            " ORDER BY reviewed_at, id",
            (DRILL_PREFIX + "%",),
        )
        return list(rows)

    def save_interview(self, started_at: str, score: float, report: dict) -> int:
        """Store an interview report; returns its id."""
        with self.transaction():
            return self.add_interview(started_at, score, report)

    def add_interview(self, started_at: str, score: float, report: dict) -> int:
        """`save_interview` inside a transaction the caller holds (with the interview's ratings)."""
        cursor = self.conn.execute(
            "INSERT INTO interviews (started_at, score, report) VALUES (?, ?, ?)",
            (started_at, score, json.dumps({k: v for k, v in report.items() if k != "id"}, ensure_ascii=False)),
        )
        return int(cursor.lastrowid or 0)

    def interview(self, interview_id: int | None) -> dict | None:
        """A saved report by id, or the latest one with None."""
        if interview_id is None:
            row = self.conn.execute("SELECT id, report FROM interviews ORDER BY id DESC LIMIT 1").fetchone()
        else:
            row = self.conn.execute("SELECT id, report FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        return {**json.loads(row[1]), "id": row[0]} if row else None

    def interviews(self) -> list[tuple[int, str, float]]:
        """(id, started at, score) of every saved interview, oldest first."""
        rows = self.conn.execute("SELECT id, started_at, score FROM interviews ORDER BY id")
        return [(i, at, score) for i, at, score in rows]

    def cards(self) -> dict[str, CardRow]:
        """Every card by id."""
        return {row[0]: CardRow(*row) for row in self.conn.execute("SELECT * FROM cards")}

    def review_counts(self) -> dict[str, tuple[int, int]]:
        """Per card: reviews, and lapses (Again on a card in review)."""
        rows = self.conn.execute(
            "SELECT card_id, count(*), sum(rating = 1 AND state_before = 2) FROM review_log GROUP BY card_id"
        )
        return {card: (reps, lapses or 0) for card, reps, lapses in rows}

    def log_rows(self) -> Iterator[LogRow]:
        """The whole review log, oldest first."""
        rows = self.conn.execute(
            "SELECT card_id, reviewed_at, rating, state_before, duration_ms FROM review_log ORDER BY reviewed_at, id"
        )
        return (LogRow(*row) for row in rows)

    def last_review(self, card_id: str) -> LoggedReview | None:
        """The card's newest log entry."""
        row = self.conn.execute(
            "SELECT id, rating, reviewed_at, card_before FROM review_log WHERE card_id = ? ORDER BY id DESC LIMIT 1",
            (card_id,),
        ).fetchone()
        if row is None:
            return None
        return LoggedReview(row[0], row[1], row[2], CardRow(*json.loads(row[3])) if row[3] else None)

    def take_back_review(self, card_id: str, review: LoggedReview) -> None:
        """Undo a rating in its own transaction: the card as it was before, the log entry gone."""
        with self.transaction():
            self.take_back(card_id, review)

    def add_drill_attempt(
        self, drill: str, at: datetime, passed: bool, tests_passed: int, tests_total: int, hints: int
    ) -> None:
        self.conn.execute(
            "INSERT INTO drill_attempts (drill, attempted_at, passed, tests_passed, tests_total, hints_used)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (drill, iso(at), int(passed), tests_passed, tests_total, hints),
        )

    def drill_attempts_between(self, drill: str, start: datetime, end: datetime) -> list[tuple[bool, int]]:
        """(passed, hints used) of each attempt with start ≤ attempted_at < end, oldest first."""
        rows = self.conn.execute(
            "SELECT passed, hints_used FROM drill_attempts WHERE drill = ? AND attempted_at >= ?"
            " AND attempted_at < ? ORDER BY id",
            (drill, iso(start), iso(end)),
        )
        return [(bool(passed), hints) for passed, hints in rows]

    def add_drill_hint(self, drill: str, index: int, at: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO drill_hints (drill, hint_index, shown_at) VALUES (?, ?, ?)", (drill, index, iso(at))
            )

    def drill_last_pass(self, drill: str) -> str:
        """When the drill was last passed (ISO-8601), or "" if never."""
        row = self.conn.execute(
            "SELECT max(attempted_at) FROM drill_attempts WHERE drill = ? AND passed = 1", (drill,)
        ).fetchone()
        return row[0] or ""

    def drill_hints_since(self, drill: str, since: str) -> int:
        """Hints shown for the drill after `since` (ISO-8601; "" for all)."""
        row = self.conn.execute(
            "SELECT count(*) FROM drill_hints WHERE drill = ? AND shown_at > ?", (drill, since)
        ).fetchone()
        return int(row[0])

    def drill_statuses(self) -> dict[str, DrillStatus]:
        """Every attempted drill: ever passed, and the time of its latest attempt."""
        rows = self.conn.execute("SELECT drill, max(passed), max(attempted_at) FROM drill_attempts GROUP BY drill")
        return {drill: DrillStatus(bool(passed), at) for drill, passed, at in rows}

    def due_card_ids(self, now: datetime) -> list[str]:
        """Cards due at `now`, most overdue first."""
        return [r[0] for r in self.conn.execute("SELECT card_id FROM cards WHERE due <= ? ORDER BY due", (iso(now),))]

    def due_after(self, now: datetime) -> Iterator[tuple[str, str]]:
        """(card id, due) of the cards not yet due at `now`, soonest first, read lazily."""
        return iter(self.conn.execute("SELECT card_id, due FROM cards WHERE due > ? ORDER BY due", (iso(now),)))

    def card_ids(self) -> set[str]:
        """Every card id in the store."""
        return {r[0] for r in self.conn.execute("SELECT card_id FROM cards")}

    def card_summaries(self, bounds: Sequence[str], now: datetime) -> list[tuple[str, int, int | None, int, int]]:
        """Every card as (id, state, index of the first bound its due time is before or None, 1 if its
        interval is at least 21 days, 1 if it is due at `now`): one pass, plain rows (10,000 cards or more)."""
        day = "CASE " + " ".join(f"WHEN due < ? THEN {i}" for i in range(len(bounds))) + " END"
        rows = self.conn.execute(
            f"SELECT card_id, state, {day}, julianday(due) - julianday(last_review) >= 21, due <= ? FROM cards",
            [*bounds, iso(now)],
        )
        return rows.fetchall()

    def reviews_per_day(self, since: datetime) -> dict[str, int]:
        """Reviews per local date from `since` (a local midnight) on, read from the 15-minute summary."""
        sql = (
            "SELECT date(bucket * 900, 'unixepoch', 'localtime'), sum(reviews) FROM review_buckets"
            " WHERE bucket >= ? GROUP BY 1"
        )
        return dict(self.conn.execute(sql, (int(since.timestamp()) // 900,)).fetchall())

    def review_totals(self) -> tuple[int, int, int]:
        """All reviews, reviews of mature cards, and how many of those passed (rating above Again)."""
        return self.conn.execute("SELECT reviews, mature_reviews, mature_passed FROM review_totals").fetchone()

    def recent_reviews(self, since: datetime) -> list[tuple[str, int, int]]:
        """Reviews in review state at or after `since`, and how many passed (rating above Again), per card as
        rows of (card id, reviews, passed) to be added up: a card may have two rows, one of them negative.

        Read in one snapshot from the counts kept since a moving start (migration m008), corrected with the
        log entries between that start and `since` (the time index reads only those)."""
        start = iso(since)
        snapshot = not self.conn.in_transaction
        if snapshot:
            self.conn.execute("BEGIN")
        try:
            rows = self.conn.execute("SELECT card_id, reviews, passed FROM recent_reviews").fetchall()
            kept = self.conn.execute("SELECT since FROM recent_start").fetchone()[0]
            low, high, sign = (kept, start, -1) if start > kept else (start, kept, 1)
            rows += self.conn.execute(
                "SELECT card_id, ? * count(*), ? * sum(rating > 1) FROM review_log INDEXED BY review_log_time"
                " WHERE reviewed_at >= ? AND reviewed_at < ? AND state_before = 2 GROUP BY card_id",
                (sign, sign, low, high),
            ).fetchall()
        finally:
            if snapshot:
                self.conn.execute("COMMIT")
        return rows

    def questions_started_since(self, moment: datetime) -> int:
        """How many question cards (drills excluded) had their first review at or after `moment`."""
        sql = "SELECT count(*) FROM cards WHERE first_review >= ? AND card_id NOT LIKE ?"
        return self.conn.execute(sql, (iso(moment), DRILL_PREFIX + "%")).fetchone()[0]


def unwritable(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite failed because of where the store is (read-only, no permission, disk full), not
    because of what is in it or another process holding a lock."""
    return any(word in str(exc) for word in ("readonly", "read-only", "unable to open", "disk", "full", "permission"))


def open_store(path: Path | None = None) -> Store:
    """The store at `path`, default the one under MLPREP_HOME."""
    if path is None:
        from mlprep import paths

        path = paths.store_path()
    return Store(path)
