"""Terminal rendering for `mlprep drill`: the drill list, a check report, hints and the solution."""

from __future__ import annotations

from datetime import datetime

from rich.console import Console
from rich.padding import Padding
from rich.syntax import Syntax
from rich.text import Text

from mlprep.cli.flow import Box, markdown, verbatim
from mlprep.cli.render import DIFFICULTY_STYLE
from mlprep.grader.catalog import Drill
from mlprep.grader.model import GROUPS, CaseResult, Output, Report
from mlprep.srs.store import DrillStatus

OUTPUT_LINES = 20


def drill_lines(drills: list[Drill], statuses: dict[str, DrillStatus], width: int) -> list[Text | Padding]:
    """The drills grouped by topic, easier first, each topic with how many are passed. Names are never
    cut; the title goes on the drill's line when it fits, else on its own line below."""
    from mlprep.practice import study_order

    by_name = {d.name: d for d in drills}
    order = study_order([(d.name, d.topic, d.difficulty) for d in drills])
    name_width = max((len(n) for n, _, _ in order), default=0)
    lines: list[Text | Padding] = []
    for topic in dict.fromkeys(t for _, t, _ in order):
        names = [n for n, t, _ in order if t == topic]
        passed = sum(1 for n in names if statuses.get(n) and statuses[n].passed)
        lines.append(Text.assemble((topic, "bold"), (f"  {passed}/{len(names)} passed", "dim")))
        for name in names:
            d = by_name[name]
            status = statuses.get(name)
            state = "new" if status is None else ("passed" if status.passed else "failed")
            style = {"new": "dim", "passed": "green", "failed": "red"}[state]
            title = d.title + (" — find the bug" if d.kind == "debug" else "")
            line = Text.assemble(
                f"  {name:<{name_width}}  ",
                (f"{d.difficulty:<6}", DIFFICULTY_STYLE.get(d.difficulty, "")),
                "  ",
                (f"{state:<6}", style),
                f"  {status.attempted_at[:10] if status else '':<10}",
            )
            if line.cell_len + 2 + Text(title).cell_len <= width:
                line.append(f"  {title}", style="dim")
                lines.append(line)
            else:
                lines += [line, Padding(Text(title, style="dim"), (0, 0, 0, 4))]
    return lines


def progress(drills: list[Drill], statuses: dict[str, DrillStatus]) -> Text:
    passed = sum(1 for d in drills if statuses.get(d.name) and statuses[d.name].passed)
    width = 30
    filled = round(width * passed / len(drills)) if drills else 0
    return Text.assemble(
        ("█" * filled, "green"), ("░" * (width - filled), "dim"), f" {passed}/{len(drills)} drills passed"
    )


def prompt(console: Console, drill: Drill, lang: str = "en") -> None:
    console.print(markdown(drill.prompt(lang)))


def report(console: Console, result: Report) -> None:
    """Tests grouped by kind, each failure with what differs, the diagnosis and the program's output."""
    if result.problem:
        console.print(Box([verbatim(result.problem)], [("problem", "")], border="red"))
    shown: set[tuple[str, str, str]] = set()
    numbers = {d.bug: i for i, d in enumerate(result.diagnosis, start=1)}
    for group in GROUPS:
        tests = [t for t in result.tests if t.group == group]
        if not tests:
            continue
        passed = sum(t.passed for t in tests)
        mark = Text("✓", style="green") if passed == len(tests) else Text("✗", style="red")
        console.print(Text.assemble(mark, " ", (group, "bold"), f"  {passed}/{len(tests)}"))
        for test in tests:
            if test.passed:
                continue
            key = (test.func, test.message, test.traceback)
            _failure(console, test, numbers, brief=key in shown)
            shown.add(key)
    for number, d in enumerate(result.diagnosis, start=1):
        if d.exact:
            lead = "Known bug"
            detail = ""
        else:
            lead = "Possibly"
            detail = (
                f" (behaves like this on {len(d.matched)} of the {d.differs} cases it affects: {', '.join(d.matched)})"
            )
        console.print(Text.assemble((f"[{number}] {lead}: ", "bold yellow"), d.description, (detail, "dim")))
    _output(console, "stdout", result.stdout)
    _output(console, "stderr", result.stderr)
    summary = f"{result.drill}: {result.tests_passed}/{len(result.tests)} tests passed ({result.seconds:.2f} s)"
    console.print(Text(summary, style="bold green" if result.passed else "bold red"))


def _failure(console: Console, test: CaseResult, numbers: dict[str, int], brief: bool) -> None:
    """One failing test; `brief` when an earlier one failed in exactly the same way."""
    seed = f" [seed {test.seed}]" if test.seed is not None else ""
    console.print(
        Text.assemble("  ✗ ", (test.name, "bold"), (seed, "dim"), (" (same as above)" if brief else "", "dim"))
    )
    if brief:
        return
    console.print(Text("    " + test.message.replace("\n", "\n    ")))
    if test.inputs:
        console.print(Text(f"    inputs: {test.inputs}", style="dim"))
    if test.note:
        console.print(Text(f"    note: {test.note}", style="dim"))
    if test.traceback:
        console.print(Text("    " + test.traceback.rstrip().replace("\n", "\n    "), style="dim"))
    if test.bugs:
        refs = ", ".join(f"[{numbers[b]}]" for b in test.bugs if b in numbers)
        console.print(Text(f"    looks like known bug {refs} below", style="yellow"))


def _output(console: Console, name: str, output: Output) -> None:
    if not output.total:
        return
    lines = output.text.splitlines()
    shown = "\n".join(lines[:OUTPUT_LINES])
    more = []
    if len(lines) > OUTPUT_LINES:
        more.append(f"{len(lines) - OUTPUT_LINES} more lines not shown")
    if output.truncated:
        more.append(f"truncated: {output.total} bytes in all, only the first {len(output.text)} characters kept")
    title = f"your code's {name}" + (f" ({'; '.join(more)})" if more else "")
    console.print(Box([verbatim(shown)], [(title, "")], border="dim"))


def until(due: datetime, now: datetime) -> str:
    """How long until `due`, in the largest whole unit: "in 10 minutes", "in 3 days"."""
    seconds = max(0, round((due - now).total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = round(seconds / size)
            return f"in {count} {unit}{'s' if count != 1 else ''}"
    return "now"


def hints(console: Console, drill: Drill, shown: int) -> None:
    """Hints 1..shown, the newest last."""
    for i, hint in enumerate(drill.hints[:shown], start=1):
        style = "" if i == shown else "dim"
        console.print(Text.assemble((f"Hint {i}/{len(drill.hints)}: ", "bold"), (hint, style)))


def solution(console: Console, drill: Drill) -> None:
    console.print(Syntax(drill.reference, "python", line_numbers=False))
