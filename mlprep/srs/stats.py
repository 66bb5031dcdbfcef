"""Numbers about the learner's progress, read from the store (rendering is the CLI's job).

Review counts come from the store's summary (migration m003), so their cost does not grow with the history."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from mlprep.srs.queue import start_of_local_day
from mlprep.srs.store import DRILL_PREFIX, Store, iso

STATE_NAMES = {1: "learning", 2: "review", 3: "relearning"}
FORECAST_DAYS = 7
HEATMAP_WEEKS = 12


def compute_stats(store: Store, question_ids: set[str], now: datetime) -> dict[str, Any]:
    """Cards by state, due counts for today and the next days, reviews per day, mature retention.

    Mature retention counts reviews of cards whose interval was at least 21 days (migration m003).
    `question_ids` is the loaded bank: questions without a card count as new; cards whose question left
    the bank keep their history but are not counted as cards.
    """
    card_ids = store.card_ids()
    gone = {c for c in card_ids if c not in question_ids and not c.startswith(DRILL_PREFIX)}
    today = start_of_local_day(now)
    bounds = [iso(today + timedelta(days=d)) for d in range(1, FORECAST_DAYS + 2)]
    per_state, due = store.card_counts(bounds, leave_out=gone)
    by_state = {"new": len(question_ids) - len(question_ids & card_ids)}
    by_state.update({name: per_state.get(state, 0) for state, name in STATE_NAMES.items()})
    forecast = [
        {"date": (today + timedelta(days=day)).date().isoformat(), "due": count} for day, count in enumerate(due)
    ]

    since = today - timedelta(weeks=HEATMAP_WEEKS) + timedelta(days=1)
    per_day = store.reviews_per_day(since)
    days = [(since + timedelta(days=d)).date().isoformat() for d in range(HEATMAP_WEEKS * 7)]
    reviews_total, mature_total, mature_passed = store.review_totals()
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
    }
