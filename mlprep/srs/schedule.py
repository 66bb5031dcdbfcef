"""FSRS scheduling through the `fsrs` package: one rating → new card state + log entry, in one transaction."""

from __future__ import annotations

from datetime import datetime

from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import DEFAULT_PARAMETERS

from mlprep.srs.store import CardRow, Review, Store, iso

RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def make_scheduler(
    fuzz: bool = True,
    desired_retention: float = 0.9,
    maximum_interval: int = 36500,
    parameters: list[float] | None = None,
) -> Scheduler:
    """FSRS-6 with the package's default parameters (or fitted ones) and the learner's retention target."""
    return Scheduler(
        parameters=tuple(parameters) if parameters else DEFAULT_PARAMETERS,
        desired_retention=desired_retention,
        maximum_interval=maximum_interval,
        enable_fuzzing=fuzz,
    )


def to_fsrs(row: CardRow) -> Card:
    return Card(
        card_id=0,
        state=State(row.state),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=datetime.fromisoformat(row.due),
        last_review=datetime.fromisoformat(row.last_review) if row.last_review else None,
    )


def _days(later: datetime, earlier: datetime) -> float:
    return (later - earlier).total_seconds() / 86400


def rate(
    store: Store,
    card_id: str,
    rating: int,
    now: datetime,
    scheduler: Scheduler | None = None,
    duration_ms: int | None = None,
) -> CardRow:
    """Record `rating` (1 Again … 4 Easy) for `card_id` at `now` (aware UTC) and return its new state.

    The card is read and written inside one immediate transaction, so two processes rating at once
    never lose an update, and the rating is committed before this returns.
    """
    with store.transaction():
        return apply_rating(store, card_id, rating, now, scheduler, duration_ms)


def apply_rating(
    store: Store,
    card_id: str,
    rating: int,
    now: datetime,
    scheduler: Scheduler | None = None,
    duration_ms: int | None = None,
) -> CardRow:
    """`rate` inside a transaction the caller holds, for changes that must be one transaction with others."""
    if rating not in RATINGS:
        raise ValueError(f"rating must be 1–4, not {rating!r}")
    scheduler = scheduler or make_scheduler()
    old = store.card(card_id)
    card = to_fsrs(old) if old else Card(card_id=0, due=now)
    new, _ = scheduler.review_card(card, Rating(rating), now)
    row = CardRow(
        card_id=card_id,
        state=new.state.value,
        step=new.step,
        stability=new.stability,
        difficulty=new.difficulty,
        due=iso(new.due),
        last_review=iso(now),
        first_review=old.first_review if old else iso(now),
    )
    interval_before = None
    if old and old.last_review:
        interval_before = _days(datetime.fromisoformat(old.due), datetime.fromisoformat(old.last_review))
    store.write_review(
        Review(
            card=row,
            rating=rating,
            reviewed_at=iso(now),
            state_before=old.state if old else None,
            interval_before=interval_before,
            scheduled_days=_days(new.due, now),
            duration_ms=duration_ms,
            card_before=old,
        )
    )
    return row


def learner_scheduler(store: Store) -> Scheduler:
    """The scheduler for this learner: their desired retention and maximum interval (config.toml), and
    FSRS parameters fitted to their reviews when `mlprep optimize` has stored some."""
    from mlprep import config

    settings = config.load()
    fitted = store.fitted_parameters()
    return make_scheduler(
        True, settings["desired_retention"], settings["max_interval"], fitted.parameters if fitted else None
    )
