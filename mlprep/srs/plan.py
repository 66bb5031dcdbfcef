"""Planning toward an interview date: how many new cards a day reach every selected question in time, and
the daily workload FSRS forecasts for that pace.

The forecast assumes each review is recalled (rated Good), as Anki's forecast does; in the last days
before the interview, cards whose predicted recall on the day would fall below the target are reviewed
ahead. Pure: it takes the clock, the cards' states and the scheduler as arguments.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from fsrs import Card, Rating, Scheduler

from mlprep.srs.schedule import to_fsrs
from mlprep.srs.store import CardRow

STUDY_HOUR = time(9)  # reviews are simulated at this local hour
MAX_NEW_PER_DAY = 60  # beyond this the plan is flagged as not feasible
MAX_REVIEWS_PER_DAY = 250


@dataclass(frozen=True)
class Day:
    day: date
    new: int
    reviews: int


@dataclass
class Plan:
    exam: date
    days: int
    unseen: int
    seen: int
    new_per_day: int
    settle_days: int
    target: float
    retrievability: float = 0.0
    workload: list[Day] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def feasible(self) -> bool:
        return not self.warnings

    def to_dict(self) -> dict:
        return {
            "exam_date": self.exam.isoformat(),
            "days": self.days,
            "unseen": self.unseen,
            "seen": self.seen,
            "new_per_day": self.new_per_day,
            "settle_days": self.settle_days,
            "target_retrievability": self.target,
            "predicted_retrievability": round(self.retrievability, 4),
            "feasible": self.feasible,
            "warnings": self.warnings,
            "workload": [{"date": d.day.isoformat(), "new": d.new, "reviews": d.reviews} for d in self.workload],
        }


def settle_days(days: int) -> int:
    """Days at the end with no new cards, so the last ones are reviewed before the interview."""
    return min(3, days // 4)


def new_per_day(unseen: int, days: int) -> int:
    """New cards a day that introduce `unseen` questions before the settling days."""
    return math.ceil(unseen / max(1, days - settle_days(days))) if unseen else 0


def _at(day: date, tz: object) -> datetime:
    return datetime.combine(day, STUDY_HOUR, tzinfo=tz)  # type: ignore[arg-type]


def _learn(scheduler: Scheduler, card: Card, moment: datetime) -> tuple[Card, int]:
    """Review a card with Good until it leaves the same-day learning steps; returns it and the reviews taken."""
    reviews = 0
    while True:
        card, _ = scheduler.review_card(card, Rating.Good, moment)
        reviews += 1
        if card.due.date() > moment.date() or reviews >= 4:
            return card, reviews
        moment = max(moment, card.due)


def make_plan(
    now: datetime,
    exam: date,
    unseen: int,
    cards: list[CardRow],
    scheduler: Scheduler,
    target: float,
    pace: int,
) -> Plan:
    """The plan for `unseen` new questions and the already-seen `cards`, studying from `now`'s local day up
    to the day before `exam`; `pace` is the learner's current new-cards-a-day setting."""
    local = now.astimezone()
    tz = local.tzinfo
    today = local.date()
    days = (exam - today).days
    if days <= 0:
        raise ValueError("the interview date must be after today")
    plan = Plan(exam, days, unseen, len(cards), new_per_day(unseen, days), settle_days(days), target)
    queue: list[tuple[datetime, int, Card]] = []
    for i, row in enumerate(cards):
        heapq.heappush(queue, (datetime.fromisoformat(row.due), i, to_fsrs(row)))
    counter = len(cards)
    left = unseen
    for offset in range(days):
        day = today + timedelta(days=offset)
        moment = _at(day, tz)
        end = _at(day + timedelta(days=1), tz).replace(hour=0)
        reviews = 0
        while queue and queue[0][0] < end:
            _, _, card = heapq.heappop(queue)
            card, taken = _learn(scheduler, card, max(moment, card.due))
            reviews += taken
            heapq.heappush(queue, (card.due, counter, card))
            counter += 1
        introduced = 0
        if offset < days - plan.settle_days:
            introduced = min(plan.new_per_day, left)
            left -= introduced
            for _ in range(introduced):
                card, taken = _learn(scheduler, Card(card_id=counter), moment)
                reviews += taken
                heapq.heappush(queue, (card.due, counter, card))
                counter += 1
        if offset == days - 1:  # review ahead whatever would be under target on the day
            exam_moment = _at(exam, tz)
            kept = []
            for _, i, card in queue:
                if scheduler.get_card_retrievability(card, exam_moment) < target:
                    card, taken = _learn(scheduler, card, moment)
                    reviews += taken
                kept.append((card.due, i, card))
            queue = kept
            heapq.heapify(queue)
        plan.workload.append(Day(day, introduced, reviews))
    exam_moment = _at(exam, tz)
    total = [scheduler.get_card_retrievability(card, exam_moment) for _, _, card in queue]
    plan.retrievability = sum(total) / len(total) if total else 1.0
    if plan.new_per_day > pace:
        at_pace = min(unseen, pace * max(1, days - plan.settle_days))
        plan.warnings.append(
            f"at your current pace ({pace} new a day) you would see {at_pace} of {unseen} new questions by"
            f" {exam}; the plan needs {plan.new_per_day} a day (`mlprep config set new_per_day"
            f" {plan.new_per_day}`, or choose fewer topics)"
        )
    if plan.new_per_day > MAX_NEW_PER_DAY:
        plan.warnings.append(f"{plan.new_per_day} new cards a day is more than anyone retains; choose fewer topics")
    peak = max(plan.workload, key=lambda d: d.new + d.reviews)
    if peak.new + peak.reviews > MAX_REVIEWS_PER_DAY:
        plan.warnings.append(f"the busiest day ({peak.day}) has {peak.new + peak.reviews} reviews")
    return plan
