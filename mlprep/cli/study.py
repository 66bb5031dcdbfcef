"""`mlprep quiz`, `mlprep review` and `mlprep stats`."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import datetime, timedelta
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
    LangOption,
    TagOption,
    TopicOption,
    TypeOption,
    lang_value,
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


def _study(console: Console, store: Store, questions: Sequence[Question], lang: str, typed: bool) -> None:
    from mlprep.srs.schedule import learner_scheduler

    scheduler = learner_scheduler(store)
    with make_prompter(console, lang) as prompter:
        summary = Session(console, prompter, store, lang, typed, scheduler).run(questions)
    render.show_summary(console, lang, summary.ratings, summary.next_due, clock.now())


def quiz(
    topic: TopicOption = None,
    tag: TagOption = None,
    difficulty: DifficultyOption = None,
    count: Annotated[int, typer.Option("-n", "--count", min=1, help="How many questions.")] = 10,
    typed: TypeOption = False,
    lang: LangOption = None,
    bank: BankOption = None,
) -> None:
    """Practise on a random selection of questions (filtered by topic, tag or difficulty); suspended and
    buried cards are left out.

    Example: mlprep quiz --topic attention -n 5
    """
    questions_bank = open_bank(bank or [])
    filters = Filters(topic=topic, tag=tag, difficulty=difficulty.value if difficulty else None)
    with open_store() as store:
        store.check_writable()
        hidden = store.hidden_ids(clock.now())
        pool = [qid for qid in questions_bank.ids(filters) if qid not in hidden]
        if not pool:
            raise _no_match(questions_bank, filters)
        chosen = random.sample(pool, min(count, len(pool)))
        _study(Console(highlight=False), store, _LazyQuestions(questions_bank, chosen), lang_value(lang), typed)


def review(
    topic: TopicOption = None,
    tag: TagOption = None,
    difficulty: DifficultyOption = None,
    new: Annotated[
        int | None,
        typer.Option(
            "--new", min=0, help="New questions allowed today (default: the plan for exam_date, else new_per_day)."
        ),
    ] = None,
    ahead: Annotated[int, typer.Option("--ahead", min=0, help="Also review cards due within this many days.")] = 0,
    typed: TypeOption = False,
    lang: LangOption = None,
    bank: BankOption = None,
) -> None:
    """Review what is due (FSRS), then today's new questions, interleaved across topics.

    u undoes the last rating, s suspends, b buries until tomorrow, f flags the card.
    Example: mlprep review --topic attention --new 5
    """
    from mlprep.srs.queue import build_queue

    language = lang_value(lang)
    questions_bank = open_bank(bank or [])
    filters = Filters(topic=topic, tag=tag, difficulty=difficulty.value if difficulty else None)
    if not questions_bank.ids(filters):
        raise _no_match(questions_bank, filters)
    console = Console(highlight=False)
    now = clock.now()
    with open_store() as store:
        store.check_writable()
        allowance, extra_days = _pace(store, questions_bank, filters, now, new)
        queue = build_queue(store, questions_bank, now, allowance, filters, timedelta(days=max(ahead, extra_days)))
        for drill in queue.due_drills:
            console.print(say(language, "drill_due", name=drill), highlight=False)
        if not queue.questions:
            console.print(_nothing_due(store, questions_bank, now, allowance, language))
            return
        console.print(say(language, "review", due=len(queue.due), new=len(queue.new)))
        _study(console, store, _LazyQuestions(questions_bank, queue.questions), language, typed)


def _pace(store: Store, bank: Bank, filters: Filters, now: datetime, new: int | None) -> tuple[int, int]:
    """New cards allowed today and extra days to review ahead: --new if given; else, with an interview
    date ahead, what the plan needs (and review-ahead in its last days); else the new_per_day setting."""
    from mlprep import config
    from mlprep.srs import plan

    settings = config.load()
    exam = settings["exam_date"]
    days = (exam - now.astimezone().date()).days if exam else 0
    if days <= 0:
        return (settings["new_per_day"] if new is None else new), 0
    unseen = len(set(bank.ids(filters)) - store.card_ids() - store.hidden_ids(now))
    allowance = plan.new_per_day(unseen, days) if new is None else new
    return allowance, (days if days <= plan.settle_days(days) else 0)


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
