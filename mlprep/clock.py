"""The current time, in one place: aware UTC, overridable with `MLPREP_NOW` (ISO-8601) for testing."""

from __future__ import annotations

import os
from datetime import datetime, timezone


def now() -> datetime:
    override = os.environ.get("MLPREP_NOW")
    if override:
        moment = datetime.fromisoformat(override)
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc)
