"""What a drill check, a hint or an interview means for progress, decided in one place and written in one
transaction.

Every check is kept as an attempt, but the drill's card gets at most one FSRS review per day, for the
day's best outcome: Good for a pass at the day's first check without hints, Hard for a pass after failed
checks or with hints, Again for a day without a pass. The Again is recorded at the first failing check;
a pass later that day takes it back and rates Hard from the card's state before that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mlprep.bank.model import DIFFICULTY_RANK
from mlprep.clock import start_of_local_day, start_of_next_local_day
from mlprep.interview import Report
from mlprep.srs.schedule import apply_rating, learner_scheduler
from mlprep.srs.store import DRILL_PREFIX, CardRow, DrillStatus, Store

GOOD, HARD, AGAIN = 3, 2, 1


@dataclass(frozen=True)
class Check:
    """The outcome of one check of a file against a drill."""

    passed: bool
    tests_passed: int
    tests_total: int


@dataclass(frozen=True)
class Recorded:
    """The drill card's review for the day after some checks: its rating and the card's state."""

    rating: int
    card: CardRow


def day_bounds(now: datetime) -> tuple[datetime, datetime]:
    """The learner's local calendar day around `now`."""
    return start_of_local_day(now), start_of_next_local_day(now)


def hints_used(store: Store, drill: str) -> int:
    """Hints shown since the drill was last passed (all of them if it never was)."""
    return store.drill_hints_since(drill, store.drill_last_pass(drill))


def day_rating(attempts: list[tuple[bool, int]]) -> int:
    """The rating a day's attempts (passed, hints used), oldest first, earn."""
    first_passed, first_hints = attempts[0]
    if first_passed and first_hints == 0:
        return GOOD
    return HARD if any(passed for passed, _ in attempts) else AGAIN


def record_checks(store: Store, drill: str, checks: list[Check], now: datetime) -> Recorded:
    """Keep `checks` as attempts at `now` and bring the drill card's review for the day up to date."""
    with store.transaction():
        return _apply_checks(store, drill, checks, now)


def _apply_checks(store: Store, drill: str, checks: list[Check], now: datetime) -> Recorded:
    """`record_checks` inside a transaction the caller holds."""
    card_id = DRILL_PREFIX + drill
    start, end = day_bounds(now)
    hints = hints_used(store, drill)
    for check in checks:
        store.add_drill_attempt(drill, now, check.passed, check.tests_passed, check.tests_total, hints)
        if check.passed:
            hints = 0
    rating = day_rating(store.drill_attempts_between(drill, start, end))
    today = store.reviews_between(card_id, start, end)
    if today and today[-1].rating >= rating:
        card = store.card(card_id)
        assert card is not None
        return Recorded(today[-1].rating, card)
    if today:
        store.take_back(card_id, today[-1])
    return Recorded(rating, apply_rating(store, card_id, rating, now, learner_scheduler(store)))


def record_interview(store: Store, report: Report, now: datetime) -> int:
    """Rate every answered question with its answer's rating, count the drill's check as an attempt, and
    save the report: one transaction, so an interview is recorded whole or not at all. Returns its id."""
    scheduler = learner_scheduler(store)
    with store.transaction():
        for answer in report.answers:
            duration = int(answer.seconds * 1000)
            apply_rating(store, answer.question_id, answer.rating, now, scheduler, duration_ms=duration)
        if report.drill is not None:
            d = report.drill
            _apply_checks(store, d.name, [Check(d.passed, d.tests_passed, d.tests_total)], now)
        report.id = store.add_interview(report.started_at, report.score, report.to_dict())
    return report.id


def record_hint(store: Store, drill: str, index: int, now: datetime) -> None:
    store.add_drill_hint(drill, index, now)


def study_order(drills: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(name, topic, difficulty) in the order a learner works through them: by topic, easier first."""
    return sorted(drills, key=lambda d: (d[1], DIFFICULTY_RANK.get(d[2], 3), d[0]))


def next_drill(drills: list[tuple[str, str, str]], statuses: dict[str, DrillStatus], due: list[str]) -> str | None:
    """The drill to work on next: the most overdue drill card (`due` is most overdue first), else the first
    drill not yet passed in study order; None when everything is passed and nothing is due."""
    names = {name for name, _, _ in drills}
    for card_id in due:
        if card_id.startswith(DRILL_PREFIX) and card_id[len(DRILL_PREFIX) :] in names:
            return card_id[len(DRILL_PREFIX) :]
    for name, _, _ in study_order(drills):
        status = statuses.get(name)
        if status is None or not status.passed:
            return name
    return None
