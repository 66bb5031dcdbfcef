"""`mlprep quiz`, `mlprep review` and `mlprep stats`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Annotated

import typer
from rich.console import Console

from mlprep import clock
from mlprep.bank.cache import Bank, Filters, open_bank
from mlprep.bank.model import Question
from mlprep.cli import render
from mlprep.cli.i18n import say, when
from mlprep.cli.options import (
    BankOption,
    DifficultyOption,
    Lang,
    LangOption,
    TagOption,
    TopicOption,
    TypeOption,
)
from mlprep.cli.prompts import make_prompter
from mlprep.cli.session import Session
from mlprep.errors import MlprepError
from mlprep.srs.store import Store, open_store


class _LazyQuestions(Sequence[Question]):
    """Questions fetched from the bank only when asked, so a long queue costs nothing up front."""

    def __init__(self, bank: Bank, ids: list[str]) -> None:
        self.bank, self.ids = bank, ids

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index: int) -> Question:  # type: ignore[override]  # no slices needed
        return self.bank.require(self.ids[index])


def _no_match(bank: Bank, filters: Filters) -> MlprepError:
    from mlprep.cli.options import no_match

    return no_match(bank, filters)


def _study(console: Console, store: Store, questions: Sequence[Question], lang: Lang, typed: bool) -> None:
    with make_prompter(console, lang.value) as prompter:
        summary = Session(console, prompter, store, lang.value, typed).run(questions)
    render.show_summary(console, lang.value, summary.ratings, summary.next_due, clock.now())


def quiz(
    topic: TopicOption = None,
    tag: TagOption = None,
    difficulty: DifficultyOption = None,
    count: Annotated[int, typer.Option("-n", "--count", min=1, help="How many questions.")] = 10,
    typed: TypeOption = False,
    lang: LangOption = Lang.zh,
    bank: BankOption = None,
) -> None:
    """Practise on a random selection of questions (filtered by topic, tag or difficulty)."""
    questions_bank = open_bank(bank or [])
    filters = Filters(topic=topic, tag=tag, difficulty=difficulty.value if difficulty else None)
    questions = questions_bank.sample(filters, count)
    if not questions:
        raise _no_match(questions_bank, filters)
    with open_store() as store:
        store.check_writable()
        _study(Console(highlight=False), store, questions, lang, typed)


def review(
    new: Annotated[int, typer.Option("--new", min=0, help="New questions allowed per day.")] = 10,
    typed: TypeOption = False,
    lang: LangOption = Lang.zh,
    bank: BankOption = None,
) -> None:
    """Review what is due (FSRS), then up to --new new questions a day."""
    from mlprep.srs.queue import build_queue

    questions_bank = open_bank(bank or [])
    console = Console(highlight=False)
    now = clock.now()
    with open_store() as store:
        store.check_writable()
        queue = build_queue(store, questions_bank, now, new)
        for drill in queue.due_drills:
            console.print(say(lang.value, "drill_due", name=drill), highlight=False)
        if not queue.questions:
            console.print(_nothing_due(store, questions_bank, now, new, lang.value))
            return
        console.print(say(lang.value, "review", due=len(queue.due), new=len(queue.new)))
        _study(console, store, _LazyQuestions(questions_bank, queue.questions), lang, typed)


def _nothing_due(store: Store, bank: Bank, now: datetime, new: int, lang: str) -> str:
    """Why there is nothing to review: when the next card comes back, and whether new questions wait."""
    from mlprep.srs.store import DRILL_PREFIX

    in_bank = set(bank.ids())
    waiting = (due for card, due in store.due_after(now) if card in in_bank or card.startswith(DRILL_PREFIX))
    upcoming = next(waiting, None)
    message = say(lang, "nothing_due", when=when(lang, upcoming, now)) if upcoming else say(lang, "nothing_at_all")
    if in_bank - store.card_ids():
        return message + ("; " + say(lang, "new_used", new) if new else "")
    return message + "; " + say(lang, "no_new_left")


def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    bank: BankOption = None,
) -> None:
    """Cards by state, what is due this week, reviews per day, retention, and progress per topic.

    Per topic: cards seen of all its questions, mature cards (interval of 21 days or more), retention over
    the last 30 days, cards due now (suspended and buried ones left out); and the three weakest topics
    (lowest 30-day retention among topics with 10 reviews or more in that time, then the smallest share of
    mature cards among topics begun).

    Example: mlprep stats --json | jq '.topics[] | select(.seen > 0)'
    """
    from mlprep.cli.stats_view import show_stats
    from mlprep.srs.stats import compute_stats

    questions = open_bank(bank or []).topic_of()
    with open_store() as store:
        figures = compute_stats(store, questions, clock.now())
    if as_json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        show_stats(Console(highlight=False), figures)


def register(app: typer.Typer) -> None:
    app.command()(quiz)
    app.command()(review)
    app.command()(stats)
