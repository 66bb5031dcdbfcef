"""The current time, in one place: aware UTC, overridable with `MLPREP_NOW` (ISO-8601) for testing."""

from __future__ import annotations

import os
from datetime import datetime, timezone

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
