"""A drill's history in the store: attempts, hints shown, and its spaced-repetition card `drill:NAME`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mlprep.srs.store import DRILL_PREFIX, CardRow, Store, iso

GOOD, HARD, AGAIN = 3, 2, 1


@dataclass(frozen=True)
class Status:
    """The latest attempt at a drill."""

    passed: bool
    attempted_at: str


def _last_pass(store: Store, drill: str) -> str:
    row = store.conn.execute(
        "SELECT max(attempted_at) FROM drill_attempts WHERE drill = ? AND passed = 1", (drill,)
    ).fetchone()
    return row[0] or ""


def hints_used(store: Store, drill: str) -> int:
    """Hints shown since the drill was last passed (all of them if it never was)."""
    row = store.conn.execute(
        "SELECT count(*) FROM drill_hints WHERE drill = ? AND shown_at > ?", (drill, _last_pass(store, drill))
    ).fetchone()
    return row[0]


def has_passed(store: Store, drill: str) -> bool:
    return bool(_last_pass(store, drill))


def record_hint(store: Store, drill: str, index: int, now: datetime) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO drill_hints (drill, hint_index, shown_at) VALUES (?, ?, ?)", (drill, index, iso(now)))


def rating_for(passed: bool, hints: int) -> int:
    """A pass without hints is Good, with hints Hard; a failed check is Again."""
    return (GOOD if hints == 0 else HARD) if passed else AGAIN


def record_attempt(
    store: Store, drill: str, passed: bool, tests_passed: int, tests_total: int, now: datetime
) -> tuple[int, CardRow]:
    """Store the attempt, then rate the drill's card; returns the rating and the card's new state."""
    from mlprep.srs.schedule import rate

    hints = hints_used(store, drill)
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO drill_attempts (drill, attempted_at, passed, tests_passed, tests_total, hints_used)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (drill, iso(now), int(passed), tests_passed, tests_total, hints),
        )
    rating = rating_for(passed, hints)
    return rating, rate(store, DRILL_PREFIX + drill, rating, now)


def statuses(store: Store) -> dict[str, Status]:
    """The latest attempt of every drill that has one."""
    rows = store.conn.execute(
        "SELECT drill, passed, attempted_at FROM drill_attempts a"
        " WHERE id = (SELECT max(id) FROM drill_attempts b WHERE b.drill = a.drill)"
    )
    return {drill: Status(bool(passed), at) for drill, passed, at in rows}
