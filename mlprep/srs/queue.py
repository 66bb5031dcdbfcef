"""What `mlprep review` asks: due cards first, then today's allowance of new questions."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from mlprep.bank.cache import Bank
from mlprep.srs.store import DRILL_PREFIX, Store


def start_of_local_day(now: datetime) -> datetime:
    """Midnight of `now`'s day in the machine's local time zone, as an aware datetime."""
    local = now.astimezone()
    return datetime.combine(local.date(), time(), tzinfo=local.tzinfo)


def start_of_next_local_day(now: datetime) -> datetime:
    """Midnight at the end of `now`'s local day: when a card buried today comes back."""
    return start_of_local_day(now) + timedelta(days=1)


@dataclass(frozen=True)
class ReviewQueue:
    """Question ids to ask in order, and drills whose card is due (practised with `mlprep drill`)."""

    due: list[str]
    new: list[str]
    due_drills: list[str]

    @property
    def questions(self) -> list[str]:
        return self.due + self.new


def build_queue(store: Store, bank: Bank, now: datetime, new_per_day: int) -> ReviewQueue:
    """Due cards whose question is still in the bank (most overdue first), then unseen questions in bank
    order up to `new_per_day` minus the new cards already started today."""
    bank_ids = bank.ids()
    in_bank = set(bank_ids)
    due_ids = store.due_card_ids(now)
    due_drills = [c.removeprefix(DRILL_PREFIX) for c in due_ids if c.startswith(DRILL_PREFIX)]
    due = [c for c in due_ids if c in in_bank]
    allowance = max(0, new_per_day - store.questions_started_since(start_of_local_day(now)))
    known = store.card_ids() if allowance else set()
    new = list(itertools.islice((q for q in bank_ids if q not in known), allowance))
    return ReviewQueue(due=due, new=new, due_drills=due_drills)
