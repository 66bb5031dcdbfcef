"""The current time, in one place: aware UTC, overridable with `MLPREP_NOW` (ISO-8601) for testing."""

from __future__ import annotations

import os
from datetime import datetime, time, timedelta, timezone

from mlprep.errors import SettingError


def now() -> datetime:
    override = os.environ.get("MLPREP_NOW")
    if override:
        try:
            moment = datetime.fromisoformat(override)
        except ValueError:
            example = "2026-03-02T08:00:00+00:00"
            raise SettingError(f"MLPREP_NOW: {override!r} is not an ISO-8601 date and time such as {example}") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc)


def start_of_local_day(moment: datetime) -> datetime:
    """Midnight of `moment`'s day in the machine's local time zone, as an aware datetime."""
    local = moment.astimezone()
    return datetime.combine(local.date(), time(), tzinfo=local.tzinfo)


def start_of_next_local_day(moment: datetime) -> datetime:
    """Midnight at the end of `moment`'s local day (when a card buried today comes back)."""
    return start_of_local_day(moment) + timedelta(days=1)
