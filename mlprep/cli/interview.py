"""`mlprep interview`: a timed mock interview with a report, and the saved reports (`--report`, `--history`)."""

from __future__ import annotations

import difflib
import json
import random
import sqlite3
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from mlprep.cli.options import BankOption, LangOption
from mlprep.errors import MlprepError, SettingError, StoreError, UsageError

if TYPE_CHECKING:
    from mlprep.bank.cache import Bank
    from mlprep.bank.model import Question
    from mlprep.grader.catalog import Drill
    from mlprep.interview import Report
    from mlprep.srs.store import Store

HELP = (
    "A timed mock interview: questions across topics (easy → hard, due and weak cards first), a follow-up when an"
    " answer covers less than half its key points, one coding drill with its own 15 minutes, then a report with"
    " what to study next.\n\n"
    "Answers are typed: on a terminal with line editing (Enter on an empty line submits), otherwise by lines (an"
    " empty line ends an open answer; option letters are one line). Every answered question is rated into your"
    " reviews from its coverage, and you may override the ratings at the end. Ctrl-C ends early with a report of"
    " what was done.\n\n"
    "Examples: mlprep interview --minutes 45 --topic attention --topic transformer; mlprep interview --report last;"
    " mlprep interview --history"
)


class Reveal(str, Enum):
    end = "end"
    each = "each"


def register(app: typer.Typer) -> None:
    app.command("interview", help=HELP)(interview)


def interview(
    minutes: Annotated[
        float, typer.Option("--minutes", min=1, help="Minutes for the questions (the drill has its own 15).")
    ] = 30,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", help="Only these topics (repeatable).", show_default=False)
    ] = None,
    count: Annotated[int, typer.Option("-n", "--count", min=1, help="How many questions.")] = 6,
    drill: Annotated[
        str | None,
        typer.Option("--drill", help="The coding drill (default: the next not passed or due).", show_default=False),
    ] = None,
    no_drill: Annotated[bool, typer.Option("--no-drill", help="No coding drill.")] = False,
    lang: LangOption = None,
    reveal: Annotated[
        Reveal, typer.Option("--reveal", help="Show model answers at the end, or after each answer.")
    ] = Reveal.end,
    seed: Annotated[int | None, typer.Option("--seed", help="Seed for the choice of questions.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")] = False,
    report: Annotated[
        str | None, typer.Option("--report", help="Show a saved report: 'last' or its number.", show_default=False)
    ] = None,
    history: Annotated[bool, typer.Option("--history", help="List the saved interviews.")] = False,
    bank: BankOption = None,
) -> None:
    from mlprep import config
    from mlprep.srs.store import open_store

    language = lang.value if lang is not None else str(config.get("lang"))
    if report is not None and history:
        raise UsageError("use --report or --history, not both")
    if drill is not None and no_drill:
        raise UsageError("use --drill NAME or --no-drill, not both")
    if report is not None or history:
        with open_store() as store:
            _saved(store, report, language, json_out)
        return
    from mlprep import clock
    from mlprep.bank.cache import open_bank
    from mlprep.cli.i18n import say

    questions_bank = open_bank(bank or [])
    topics = _topics(questions_bank, topic or [])
    chosen_drill = None if no_drill or drill is None else _find_drill(drill)
    now = clock.now()
    with open_store() as store:
        store.check_writable()
        pool, chosen = _choose(store, questions_bank, topics, count, now, random.Random(seed))
        if drill is None and not no_drill:
            chosen_drill = _next_drill(store, now)
        if not chosen and chosen_drill is None:
            raise MlprepError("no questions to ask: every matching card is suspended or buried")
        if chosen_drill is None and not no_drill:
            Console(stderr=json_out).print(say(language, "iv_no_drill"), style="dim", highlight=False)
        done = _run(store, pool, chosen, chosen_drill, minutes, language, reveal, seed, json_out)
    if json_out:
        print(json.dumps(done.to_dict(), ensure_ascii=False))


def _topics(bank: Bank, wanted: list[str]) -> list[str]:
    """The bank's spelling of each wanted topic; an unknown one is a usage error with the closest suggested."""
    known = bank.topics()
    by_lower = {t.lower(): t for t in known}
    found = []
    for name in wanted:
        if name.lower() not in by_lower:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (topics: {', '.join(known)})"
            raise UsageError(f"--topic: unknown topic '{name}'{hint}")
        found.append(by_lower[name.lower()])
    return found


def _find_drill(name: str) -> Drill:
    from mlprep.grader import catalog

    try:
        return catalog.find(name)
    except UsageError as exc:
        raise UsageError(f"--drill: {exc}") from None


def _next_drill(store: Store, now: datetime) -> Drill | None:
    from mlprep.grader import catalog
    from mlprep.practice import next_drill

    drills = catalog.drills()
    name = next_drill(
        [(d.name, d.topic, d.difficulty) for d in drills], store.drill_statuses(), store.due_card_ids(now)
    )
    return catalog.find(name) if name else None


def _choose(
    store: Store, bank: Bank, topics: list[str], count: int, now: datetime, rng: random.Random
) -> tuple[list[Question], list[Question]]:
    """Every question that may be asked (follow-ups come from all of them), and the ones chosen."""
    from mlprep.interview import choose, weak_cards

    hidden = store.hidden_ids(now)
    pool = [q for q in bank.questions() if q.id not in hidden]
    selected = [q for q in pool if not topics or q.topic in topics]
    cards = store.cards()
    due = set(store.due_card_ids(now))
    return pool, choose(selected, count, due, weak_cards(cards, store.review_counts()), set(cards), rng)


def _run(
    store: Store,
    pool: list[Question],
    chosen: list[Question],
    drill: Drill | None,
    minutes: float,
    lang: str,
    reveal: Reveal,
    seed: int | None,
    json_out: bool,
) -> Report:
    from mlprep import clock
    from mlprep.cli.i18n import say
    from mlprep.cli.interview_render import show_report
    from mlprep.cli.interview_run import Interview, make_reader
    from mlprep.interview import DRILL_MINUTES, Report
    from mlprep.srs.store import iso

    console = Console(stderr=json_out, highlight=False)
    report = Report(iso(clock.now()), minutes, lang, planned=len(chosen))
    start = say(lang, "iv_start", len(chosen), minutes=f"{minutes:g}")
    if drill is not None:
        start += say(lang, "iv_start_drill", name=drill.name, budget=DRILL_MINUTES)
    console.print(start, style="bold", highlight=False)
    session = Interview(console, make_reader(console, lang), report, pool, random.Random(seed), reveal is Reveal.each)
    session.run(chosen, drill)
    try:
        session.reveal_all()
        show_report(console, report)
    except KeyboardInterrupt:  # enough reading: what was answered is still rated and saved
        report.ended_early = True
        console.print()
    session.override_ratings()
    if report.answers or report.drill is not None:
        _record(store, report)
        console.print(say(lang, "iv_saved", id=report.id), style="dim", highlight=False)
    return report


def _record(store: Store, report: Report) -> None:
    """The ratings, the drill's attempt and the report, in one transaction."""
    from mlprep import clock
    from mlprep.practice import record_interview
    from mlprep.srs.store import unwritable

    try:
        record_interview(store, report, clock.now())
    except sqlite3.DatabaseError as exc:  # the disk filled up or the store became read-only meanwhile
        error = SettingError if unwritable(exc) else StoreError
        raise error(f"MLPREP_HOME: cannot save the interview in {store.path}: {exc}") from None


def _saved(store: Store, which: str | None, lang: str, json_out: bool) -> None:
    """`--history`, or the report `which` ('last' or a number)."""
    from mlprep.cli.interview_render import show_history, show_report
    from mlprep.interview import Report

    console = Console(highlight=False)
    if which is None:
        rows = store.interviews()
        if json_out:
            print(json.dumps([{"id": i, "started_at": at, "score": score} for i, at, score in rows]))
        else:
            show_history(console, rows, lang)
        return
    if which != "last" and not which.isdigit():
        raise UsageError(f"--report: expected 'last' or an interview number, not '{which}'")
    data = store.interview(None if which == "last" else int(which))
    if data is None:
        missing = "no interview saved yet" if which == "last" else f"no interview {which}"
        raise UsageError(f"--report: {missing} (`mlprep interview --history` lists them)")
    if json_out:
        print(json.dumps(data, ensure_ascii=False))
    else:
        show_report(console, Report.from_dict(data))
