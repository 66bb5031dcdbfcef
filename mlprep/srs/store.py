"""The SQLite store: cards with their FSRS state, the review log and drill attempts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from mlprep.db import transaction
from mlprep.errors import StoreError
from mlprep.srs.migrations import migrate

DRILL_PREFIX = "drill:"  # card ids of drills; question ids cannot contain ':'


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


class Store:
    """A connection to the store, migrated to the current schema on open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc

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
        self.conn.execute(
            "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, state_before,"
            " interval_before, scheduled_days) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                c.card_id,
                review.rating,
                review.reviewed_at,
                review.duration_ms,
                review.state_before,
                review.interval_before,
                review.scheduled_days,
            ),
        )

    def due_card_ids(self, now: datetime) -> list[str]:
        """Cards due at `now`, most overdue first."""
        return [r[0] for r in self.conn.execute("SELECT card_id FROM cards WHERE due <= ? ORDER BY due", (iso(now),))]

    def card_ids(self) -> set[str]:
        """Every card id in the store."""
        return {r[0] for r in self.conn.execute("SELECT card_id FROM cards")}

    def card_counts(self, bounds: Sequence[str], leave_out: Iterable[str]) -> tuple[dict[int, int], list[int]]:
        """Cards per state, and how many are due before `bounds[0]`, then before each next bound; the
        cards in `leave_out` are not counted. One pass over the cards, in SQL."""
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS left_out (card_id TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM temp.left_out")
        self.conn.executemany("INSERT INTO temp.left_out VALUES (?)", ((c,) for c in leave_out))
        day = "CASE " + " ".join(f"WHEN due < ? THEN {i}" for i in range(len(bounds))) + " END"
        rows = self.conn.execute(
            f"SELECT state, {day}, count(*) FROM cards WHERE card_id NOT IN temp.left_out GROUP BY 1, 2", bounds
        ).fetchall()
        per_state: dict[int, int] = {}
        due = [0] * len(bounds)
        for state, index, count in rows:
            per_state[state] = per_state.get(state, 0) + count
            if index is not None:
                due[index] += count
        return per_state, due

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

    def questions_started_since(self, moment: datetime) -> int:
        """How many question cards (drills excluded) had their first review at or after `moment`."""
        sql = "SELECT count(*) FROM cards WHERE first_review >= ? AND card_id NOT LIKE ?"
        return self.conn.execute(sql, (iso(moment), DRILL_PREFIX + "%")).fetchone()[0]


def open_store(path: Path | None = None) -> Store:
    """The store at `path`, default the one under MLPREP_HOME."""
    if path is None:
        from mlprep import paths

        path = paths.store_path()
    return Store(path)
