"""`mlprep grade`: grade a folder of submissions against one drill, as a teacher or interviewer would."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import Progress
from rich.text import Text

from mlprep.cli.options import open_csv
from mlprep.errors import UsageError

if TYPE_CHECKING:
    from mlprep.grader.batch import FileResult

SHOWN = 4  # failing test names listed per file

HELP = """Grade many submissions of one drill at once, each in its own sandbox; nothing is recorded.

Example: mlprep grade attention submissions/ --jobs 2 --csv results.csv
"""


def register(app: typer.Typer) -> None:
    app.command("grade", help=HELP)(grade)


def grade(
    drill: Annotated[str, typer.Argument(help="The drill the submissions answer.", show_default=False)],
    paths: Annotated[list[Path], typer.Argument(help="Files, or directories (every *.py inside).", show_default=False)],
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Submissions graded at once.")] = os.cpu_count() or 1,
    json_out: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    csv_file: Annotated[
        Path | None, typer.Option("--csv", help="Also write one row per file to this CSV.", show_default=False)
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.5, help="Wall-time limit per file, in seconds.")] = 10.0,
    memory: Annotated[int, typer.Option("--memory", min=128, help="Memory limit per file, in MB.")] = 2048,
) -> None:
    from mlprep.grader import batch, catalog
    from mlprep.grader.sandbox import Limits

    chosen = catalog.find(drill)
    files = batch.submissions(paths)
    if not files:
        raise UsageError("no .py files found in the given paths")
    limits = Limits(timeout=timeout, memory_mb=memory)
    out = open_csv(csv_file, "--csv") if csv_file is not None else None  # before grading: a bad path fails at once
    console = Console(stderr=json_out, highlight=False)
    if console.is_terminal and not json_out:
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task(f"grading {len(files)} files", total=len(files))
            results = batch.grade_all(chosen, files, limits, jobs, lambda _: progress.advance(task))
    else:
        results = batch.grade_all(chosen, files, limits, jobs)
    passed = sum(r.passed for r in results)
    if out is not None:
        with out:
            _write_csv(out, results)
    if json_out:
        data = {
            "drill": chosen.name,
            "results": [r.to_dict() for r in results],
            "passed": passed,
            "failed": len(results) - passed,
        }
        print(json.dumps(data, ensure_ascii=False))
    else:
        _show(console, results, batch.common_bugs(results, chosen), chosen.name)
    raise typer.Exit(0 if passed == len(results) else 1)


def _show(console: Console, results: list[FileResult], bugs: list[tuple[str, int]], drill: str) -> None:
    width = max(len(r.file) for r in results)
    for r in results:
        mark = Text("✓", style="green") if r.passed else Text("✗", style="red")
        line = Text.assemble(mark, f" {r.file:<{width}}  {r.tests_passed}/{r.tests_total}  {r.seconds:.1f} s")
        console.print(line, soft_wrap=True)
        if r.error:
            console.print(Text(f"    {r.error}", style="dim"), soft_wrap=True)
        if r.failing:
            more = f" and {len(r.failing) - SHOWN} more" if len(r.failing) > SHOWN else ""
            console.print(Text(f"    failing: {', '.join(r.failing[:SHOWN])}{more}", style="dim"), soft_wrap=True)
    passed = sum(r.passed for r in results)
    console.print(
        Text(f"{drill}: {passed}/{len(results)} files passed ({100 * passed / len(results):.0f}%)", style="bold")
    )
    if bugs:
        console.print(Text("Most common known bugs:", style="bold"))
        for description, count in bugs:
            console.print(Text(f"  {count} × {description}"), soft_wrap=True)


def _write_csv(out: TextIO, results: list[FileResult]) -> None:
    writer = csv.writer(out)
    writer.writerow(["file", "passed", "tests_passed", "tests_total", "failing_tests", "bugs", "error", "seconds"])
    for r in results:
        writer.writerow(
            [
                r.file,
                r.passed,
                r.tests_passed,
                r.tests_total,
                "; ".join(r.failing),
                "; ".join(r.bugs),
                r.error,
                f"{r.seconds:.3f}",
            ]
        )
