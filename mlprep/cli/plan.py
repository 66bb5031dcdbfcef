"""`mlprep plan`: new cards a day and the daily workload that reach an interview date."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from mlprep.cli.options import BankOption
from mlprep.errors import UsageError

HELP = """How many new cards a day reach every selected question by your interview date, and the daily
workload FSRS forecasts for it.

Example: mlprep plan --date 2026-12-20 --topic attention --topic llm
"""
BAR = 40


def register(app: typer.Typer) -> None:
    app.command("plan", help=HELP)(plan)


def plan(
    when: Annotated[
        str | None, typer.Option("--date", help="The interview date, YYYY-MM-DD (default: config exam_date).")
    ] = None,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", help="Only these topics (repeatable).", show_default=False)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
    bank: BankOption = None,
) -> None:
    from mlprep import clock, config
    from mlprep.bank.cache import open_bank
    from mlprep.srs.plan import make_plan
    from mlprep.srs.schedule import make_scheduler
    from mlprep.srs.store import open_store

    settings = config.load()
    exam = _date(when) if when else settings["exam_date"]
    if exam is None:
        raise UsageError("give --date YYYY-MM-DD, or set it once with `mlprep config set exam_date YYYY-MM-DD`")
    questions = open_bank(bank or [])
    known_topics = questions.topics()
    for t in topic or []:
        if t not in known_topics:
            raise UsageError(f"--topic: unknown topic '{t}' (topics: {', '.join(known_topics)})")
    from mlprep.bank.cache import Filters

    chosen: list[str | None] = list(topic) if topic else [None]
    ids = [i for t in chosen for i in questions.ids(Filters(topic=t))]
    now = clock.now()
    with open_store() as store:
        hidden = store.hidden_ids(now)
        cards = store.cards()
    selected = [i for i in ids if i not in hidden]
    seen = [cards[i] for i in selected if i in cards]
    scheduler = make_scheduler(False, settings["desired_retention"], settings["max_interval"])
    try:
        result = make_plan(
            now,
            exam,
            len(selected) - len(seen),
            seen,
            scheduler,
            settings["desired_retention"],
            settings["new_per_day"],
        )
    except ValueError as exc:
        raise UsageError(f"--date: {exc}") from None
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    console.print(
        Text.assemble(
            ("Interview ", "bold"),
            f"{exam} — {result.days} days: {result.unseen} new and {result.seen} seen questions.",
        )
    )
    console.print(
        f"Study {result.new_per_day} new a day, then {result.settle_days} days of review only; predicted recall on"
        f" the day {result.retrievability:.0%} (target {result.target:.0%})."
    )
    peak = max((d.new + d.reviews for d in result.workload), default=1) or 1
    for d in result.workload:
        total = d.new + d.reviews
        bar = "█" * max(1 if total else 0, round(BAR * total / peak))
        console.print(Text.assemble(f"{d.day:%m-%d} ", (f"{bar:<{BAR}}", "cyan"), f" {total:>4}  ({d.new} new)"))
    for warning in result.warnings:
        console.print(Text(f"Not feasible: {warning}", style="yellow"), soft_wrap=True)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date: expected YYYY-MM-DD, not '{text}'") from None
