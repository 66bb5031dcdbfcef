"""`mlprep drill`: list the coding drills, start one, check a solution, get hints, see the reference."""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.text import Text

from mlprep.cli.options import Lang
from mlprep.errors import UsageError

if TYPE_CHECKING:
    from mlprep.grader.catalog import Drill
    from mlprep.grader.model import Report
    from mlprep.practice import Check, Recorded

WORKSPACE = Path("mlprep-drills")

HELP = (
    "Hand-coding drills (手撕). `mlprep drill list` lists them; `mlprep drill NAME` shows the task and writes a"
    " starter file; `mlprep drill NAME --check` grades it."
)


def register(app: typer.Typer) -> None:
    app.command("drill", help=HELP)(drill)
    argv = sys.argv[1:]
    if argv[:1] == ["drill"] and ("--check" in argv or "--watch" in argv):
        from mlprep.grader import sandbox

        sandbox.prestart()  # its start-up overlaps Typer's argument parsing


def drill(
    name: Annotated[
        str,
        typer.Argument(
            help="A drill name, 'list' to list the drills, or 'next' for the next one to do.", show_default=False
        ),
    ],
    file: Annotated[
        Path | None,
        typer.Argument(help="The file to check (default: the workspace file).", show_default=False),
    ] = None,
    check: Annotated[bool, typer.Option("--check", help="Grade the file against the hidden tests.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="With --check: print one JSON object.")] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.5, help="Wall-time limit for the whole check, in seconds.")
    ] = 10.0,
    memory: Annotated[int, typer.Option("--memory", min=128, help="Memory limit for your code, in MB.")] = 2048,
    hint: Annotated[bool, typer.Option("--hint", help="Show the next hint (recorded).")] = False,
    solution: Annotated[
        bool, typer.Option("--solution", help="Show the reference solution (after a pass, or if you confirm).")
    ] = False,
    watch: Annotated[
        bool, typer.Option("--watch", help="Re-check every time the file is saved (Ctrl-C stops).")
    ] = False,
    directory: Annotated[Path, typer.Option("--dir", help="The workspace directory for starter files.")] = WORKSPACE,
    reset: Annotated[
        bool, typer.Option("--reset", help="Overwrite an existing workspace file with the starter.")
    ] = False,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the task (zh where the drill has it).")] = Lang.en,
) -> None:
    """Hand-coding drills."""
    from mlprep.grader import catalog

    if name == "list":
        _list()
        return
    chosen = _next() if name == "next" else catalog.find(name)
    modes = [
        flag for flag, on in (("--check/--watch", check or watch), ("--hint", hint), ("--solution", solution)) if on
    ]
    if len(modes) > 1:
        raise UsageError(f"use one of {', '.join(modes)} at a time")
    if json_out and (watch or not check):
        raise UsageError("--json goes with --check (and not with --watch)")
    if file is not None and not (check or watch):
        raise UsageError("FILE is only used with --check or --watch")
    if check or watch:
        target = file if file is not None else directory / f"{name}.py"
        if not target.is_file():
            raise UsageError(f"no file at {target}; run `mlprep drill {name}` to create it")
        _check(chosen, target, timeout, memory, json_out, watch)
    elif hint:
        _hint(chosen)
    elif solution:
        _solution(chosen)
    else:
        _start(chosen, directory, reset, lang.value)


def _list() -> None:
    from mlprep.cli import drill_render
    from mlprep.grader import catalog
    from mlprep.srs.store import open_store

    with open_store() as store:
        statuses = store.drill_statuses()
    drills = catalog.drills()
    console = Console()
    for line in drill_render.drill_lines(drills, statuses, console.width):
        console.print(line)
    console.print(drill_render.progress(drills, statuses))
    console.print("[dim]`mlprep drill next` starts the next one; `mlprep drill NAME` any of them.[/]")


def _next() -> Drill:
    """The most overdue drill, else the first one not yet passed."""
    from mlprep import clock
    from mlprep.grader import catalog
    from mlprep.practice import next_drill
    from mlprep.srs.store import open_store

    drills = catalog.drills()
    with open_store() as store:
        name = next_drill(
            [(d.name, d.topic, d.difficulty) for d in drills], store.drill_statuses(), store.due_card_ids(clock.now())
        )
    if name is None:
        raise UsageError("every drill is passed and none is due; `mlprep drill list` shows them all")
    return catalog.find(name)


def _start(chosen: Drill, directory: Path, reset: bool, lang: str) -> None:
    from mlprep.cli import drill_render

    console = Console()
    drill_render.prompt(console, chosen, lang)
    path = directory / f"{chosen.name}.py"
    if path.exists() and not reset:
        console.print(f"Your file is already at [bold]{path}[/] (kept; --reset starts over).")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(chosen.starter, encoding="utf-8")
        console.print(f"Wrote the starter to [bold]{path}[/].")
    where = "" if directory == WORKSPACE else f" --dir {directory}"
    console.print(f"Check it with: [cyan]mlprep drill {chosen.name} --check{where}[/]")
    console.print(f"[dim]{len(chosen.hints)} hints: --hint shows the next one.[/]")
    if chosen.meta.question:
        console.print(f"[dim]The theory behind it: mlprep bank show {chosen.meta.question}[/]")


def _check(chosen: Drill, path: Path, timeout: float, memory: int, json_out: bool, watch: bool) -> None:
    from mlprep.grader import grade
    from mlprep.grader.sandbox import Limits
    from mlprep.grader.watch import changes
    from mlprep.practice import Check

    limits = Limits(timeout=timeout, memory_mb=memory)
    if not watch:
        report = grade.check(chosen, path, limits)
        _warn_if_weaker(report)
        recorded, why = _record(chosen.name, [Check(report.passed, report.tests_passed, len(report.tests))])
        _show(report, recorded, why, json_out)
        raise typer.Exit(0 if report.passed else 1)
    console = Console()
    checks: list[Check] = []
    try:
        for _ in changes(path):
            console.rule(f"{chosen.name}: checking {path}")
            report = grade.check(chosen, path, limits)
            _warn_if_weaker(report)
            checks.append(Check(report.passed, report.tests_passed, len(report.tests)))
            _show(report, None, "", json_out=False)
            console.print(f"[dim]Watching {path}: save to check again, Ctrl-C to stop (recorded then).[/]")
    except KeyboardInterrupt:
        pass
    if checks:
        recorded, why = _record(chosen.name, checks)
        _show_recorded(console, chosen.name, recorded, why, checks[-1].passed)
    raise typer.Exit(0 if checks and checks[-1].passed else 1)


_warned: list[bool] = []


def _warn_if_weaker(report: Report) -> None:
    """Say once, on stderr, that the check ran without the namespace sandbox, and why."""
    if report.isolation == "process" and not _warned:
        from mlprep.grader import sandbox

        _warned.append(True)
        print(
            f"mlprep: weaker isolation: {sandbox.fallback_reason()}; the code ran as you, with process-level"
            " limits only (see docs/sandbox.md)",
            file=sys.stderr,
        )


def _record(drill: str, checks: list[Check]) -> tuple[Recorded | None, str]:
    """Record the checks; when the store cannot be written, None and why."""
    from mlprep import clock
    from mlprep.errors import MlprepError
    from mlprep.practice import record_checks
    from mlprep.srs.store import open_store

    try:
        with open_store() as store:
            return record_checks(store, drill, checks, clock.now()), ""
    except (MlprepError, sqlite3.Error, OSError) as exc:
        return None, str(exc)


def _show(report: Report, recorded: Recorded | None, why: str, json_out: bool) -> None:
    from mlprep.cli import drill_render

    if json_out:
        extra = {"rating": recorded.rating, "next_review": recorded.card.due} if recorded else {"recorded": why}
        print(json.dumps({**report.to_dict(), **extra}, ensure_ascii=False))
        return
    console = Console()
    drill_render.report(console, report)
    if recorded is not None or why:
        _show_recorded(console, report.drill, recorded, why, report.passed)


def _show_recorded(console: Console, drill: str, recorded: Recorded | None, why: str, passed: bool) -> None:
    from mlprep import clock
    from mlprep.cli import drill_render
    from mlprep.practice import AGAIN, GOOD, HARD

    if recorded is None:
        console.print(Text(f"Nothing was recorded: {why}", style="yellow"))
    else:
        word = {GOOD: "Good", HARD: "Hard", AGAIN: "Again"}[recorded.rating]
        due = drill_render.until(datetime.fromisoformat(recorded.card.due), clock.now())
        console.print(f"[dim]Today's review of this drill: {word}; next review {due}.[/]")
    if passed:
        console.print(f"[dim]`mlprep drill {drill} --solution` shows the reference solution.[/]")
    else:
        console.print(f"[dim]Stuck? `mlprep drill {drill} --hint`.[/]")


def _hint(chosen: Drill) -> None:
    from mlprep import clock
    from mlprep.cli import drill_render
    from mlprep.practice import hints_used, record_hint
    from mlprep.srs.store import open_store

    console = Console()
    with open_store() as store:
        used = hints_used(store, chosen.name)
        if used < len(chosen.hints):
            record_hint(store, chosen.name, used, clock.now())
            used += 1
        else:
            console.print("[dim]That was the last hint; --solution shows the reference.[/]")
    drill_render.hints(console, chosen, used)


def _solution(chosen: Drill) -> None:
    from mlprep.cli import drill_render
    from mlprep.srs.store import open_store

    with open_store() as store:
        passed = bool(store.drill_last_pass(chosen.name))
    if not passed and not typer.confirm(
        f"You have not passed '{chosen.name}' yet. Show the reference solution anyway?", default=False
    ):
        raise typer.Exit(1)
    drill_render.solution(Console(), chosen)
