"""Numbers about the learner's progress, read from the store (rendering is the CLI's job)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from mlprep.srs.queue import start_of_local_day
from mlprep.srs.store import DRILL_PREFIX, Store, iso

STATE_NAMES = {1: "learning", 2: "review", 3: "relearning"}
MATURE_DAYS = 21
FORECAST_DAYS = 7
HEATMAP_WEEKS = 12


def compute_stats(store: Store, question_ids: set[str], now: datetime) -> dict[str, Any]:
    """Cards by state, due counts for today and the next days, reviews per day, mature retention.

    `question_ids` is the loaded bank: questions without a card count as new; cards whose question left
    the bank keep their history but are not counted as cards.
    """
    conn = store.conn
    rows = conn.execute("SELECT card_id, state, due FROM cards").fetchall()
    cards = [(cid, state, due) for cid, state, due in rows if cid in question_ids or cid.startswith(DRILL_PREFIX)]
    by_state = {"new": len(question_ids - {cid for cid, _, _ in cards})}
    for name in STATE_NAMES.values():
        by_state[name] = 0
    for _, state, _ in cards:
        by_state[STATE_NAMES[state]] += 1

    today = start_of_local_day(now)
    bounds = [iso(today + timedelta(days=d)) for d in range(1, FORECAST_DAYS + 2)]
    forecast = []
    for day in range(FORECAST_DAYS + 1):
        low = bounds[day - 1] if day else ""
        forecast.append(
            {
                "date": (today + timedelta(days=day)).date().isoformat(),
                "due": sum(1 for _, _, due in cards if low <= due < bounds[day]),
            }
        )

    since = today - timedelta(weeks=HEATMAP_WEEKS) + timedelta(days=1)
    per_day = dict(
        conn.execute(
            "SELECT date(reviewed_at, 'localtime'), count(*) FROM review_log WHERE reviewed_at >= ? GROUP BY 1",
            (iso(since),),
        ).fetchall()
    )
    days = [(since + timedelta(days=d)).date().isoformat() for d in range(HEATMAP_WEEKS * 7)]

    mature_total, mature_passed = conn.execute(
        "SELECT count(*), coalesce(sum(rating > 1), 0) FROM review_log WHERE interval_before >= ?",
        (MATURE_DAYS,),
    ).fetchone()
    return {
        "cards": by_state,
        "due_today": forecast[0]["due"],
        "forecast": forecast,
        "reviews_per_day": [{"date": d, "reviews": per_day.get(d, 0)} for d in days],
        "reviews_total": conn.execute("SELECT count(*) FROM review_log").fetchone()[0],
        "mature_retention": {
            "reviews": mature_total,
            "passed": mature_passed,
            "rate": mature_passed / mature_total if mature_total else None,
        },
    }
