"""Numbers about the learner's progress, read from the store (rendering is the CLI's job).

Review counts come from the store's summaries (migrations m003 and m008), so their cost does not grow with
the history; the cards are read in one pass, which also gives each topic's progress."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from mlprep.clock import start_of_local_day
from mlprep.srs.store import DRILL_PREFIX, Store, iso

STATE_NAMES = {1: "learning", 2: "review", 3: "relearning"}
FORECAST_DAYS = 7
HEATMAP_WEEKS = 12
RETENTION_DAYS = 30
MIN_REVIEWS = 10  # reviews within RETENTION_DAYS that make a topic's retention telling
WEAKEST = 3


def compute_stats(store: Store, questions: Mapping[str, str], now: datetime) -> dict[str, Any]:
    """Cards by state, due counts for today and the next days, reviews per day, mature retention, and each
    topic's progress with the weakest topics.

    Mature retention counts reviews of cards whose interval was at least 21 days (migration m003).
    `questions` is the loaded bank, each question id with its topic: questions without a card count as
    new; cards whose question left the bank keep their history but are not counted as cards.
    """
    today = start_of_local_day(now)
    bounds = [iso(today + timedelta(days=d)) for d in range(1, FORECAST_DAYS + 2)]
    per_state: Counter[int] = Counter()
    due = [0] * len(bounds)
    hidden = store.hidden_ids(now)
    topics = {name: [total, 0, 0, 0, 0, 0] for name, total in sorted(Counter(questions.values()).items())}
    seen = 0
    for card, state, due_by, mature, due_now in store.card_summaries(bounds, now):
        topic = questions.get(card)
        if topic is not None:
            seen += 1
            figures = topics[topic]  # total, seen, mature, due now, reviews, passed
            figures[1] += 1
            figures[2] += mature
            figures[3] += due_now and card not in hidden
        elif not card.startswith(DRILL_PREFIX):
            continue  # its question left the bank
        per_state[state] += 1
        if due_by is not None:
            due[due_by] += 1
    for card, reviews, passed in store.recent_reviews(now - timedelta(days=RETENTION_DAYS)):
        topic = questions.get(card)
        if topic is not None:
            topics[topic][4] += reviews
            topics[topic][5] += passed

    by_state = {"new": len(questions) - seen}
    by_state.update({name: per_state.get(state, 0) for state, name in STATE_NAMES.items()})
    forecast = [
        {"date": (today + timedelta(days=day)).date().isoformat(), "due": count} for day, count in enumerate(due)
    ]
    since = today - timedelta(weeks=HEATMAP_WEEKS) + timedelta(days=1)
    per_day = store.reviews_per_day(since)
    days = [(since + timedelta(days=d)).date().isoformat() for d in range(HEATMAP_WEEKS * 7)]
    reviews_total, mature_total, mature_passed = store.review_totals()
    progress = [_topic(name, *figures) for name, figures in topics.items()]
    return {
        "cards": by_state,
        "due_today": forecast[0]["due"],
        "forecast": forecast,
        "reviews_per_day": [{"date": d, "reviews": per_day.get(d, 0)} for d in days],
        "reviews_total": reviews_total,
        "mature_retention": {
            "reviews": mature_total,
            "passed": mature_passed,
            "rate": mature_passed / mature_total if mature_total else None,
        },
        "topics": progress,
        "weakest": weakest(progress),
    }


def _topic(name: str, total: int, seen: int, mature: int, due_now: int, reviews: int, passed: int) -> dict[str, Any]:
    return {
        "topic": name,
        "total": total,
        "seen": seen,
        "mature": mature,
        "due_now": due_now,
        "retention_30d": {"reviews": reviews, "passed": passed, "rate": passed / reviews if reviews else None},
    }


def weakest(topics: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The `WEAKEST` topics: lowest retention over the last 30 days among topics with at least `MIN_REVIEWS`
    reviews in them, then, to fill up, the lowest share of mature cards among the other topics begun."""
    telling = [t for t in topics if t["retention_30d"]["reviews"] >= MIN_REVIEWS]
    telling.sort(key=lambda t: (t["retention_30d"]["rate"], -t["retention_30d"]["reviews"], t["topic"]))
    begun = [t for t in topics if t["seen"] and t not in telling]
    begun.sort(key=lambda t: (t["mature"] / t["total"], t["topic"]))
    chosen = [{"topic": t["topic"], "by": "retention"} for t in telling]
    chosen += [{"topic": t["topic"], "by": "mature"} for t in begun]
    return chosen[:WEAKEST]
