"""What `mlprep review` asks: due cards first, then today's allowance of new questions, interleaved across
topics (easier first within a topic). Suspended and buried cards are skipped."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from mlprep.bank.cache import Bank, Filters
from mlprep.bank.model import DIFFICULTY_RANK
from mlprep.clock import start_of_local_day
from mlprep.srs.store import DRILL_PREFIX, Store


@dataclass(frozen=True)
class ReviewQueue:
    """Question ids to ask in order, and drills whose card is due (practised with `mlprep drill`)."""

    due: list[str]
    new: list[str]
    due_drills: list[str]

    @property
    def questions(self) -> list[str]:
        return self.due + self.new


def interleave(outline: list[tuple[str, str, str]]) -> list[str]:
    """Ids taken from each topic in turn (topics in bank order), easier questions first within a topic."""
    by_topic: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for position, (qid, topic, difficulty) in enumerate(outline):
        by_topic[topic].append((DIFFICULTY_RANK.get(difficulty, 1), position, qid))
    columns = [[qid for _, _, qid in sorted(items)] for items in by_topic.values()]
    return [qid for row in itertools.zip_longest(*columns) for qid in row if qid is not None]


def build_queue(
    store: Store,
    bank: Bank,
    now: datetime,
    new_per_day: int,
    filters: Filters | None = None,
    ahead: timedelta = timedelta(0),
) -> ReviewQueue:
    """Cards due by `now + ahead` whose question is in the bank and matches `filters` (most overdue first),
    then unseen matching questions, interleaved by topic, up to `new_per_day` minus the new cards already
    started today. Suspended and buried cards are left out; due drills are listed apart."""
    outline = bank.outline(filters or Filters())
    wanted = {qid for qid, _, _ in outline}
    hidden = store.hidden_ids(now)
    due_ids = store.due_card_ids(now + ahead)
    due_drills = [c.removeprefix(DRILL_PREFIX) for c in due_ids if c.startswith(DRILL_PREFIX) and c not in hidden]
    due = [c for c in due_ids if c in wanted and c not in hidden]
    allowance = max(0, new_per_day - store.questions_started_since(start_of_local_day(now)))
    known = store.card_ids() | hidden if allowance else set()
    fresh = [entry for entry in outline if entry[0] not in known]
    new = interleave(fresh)[:allowance]
    return ReviewQueue(due=due, new=new, due_drills=due_drills)
