"""Terminal rendering of questions, answers and results with Rich."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mlprep.bank.answers import LETTERS
from mlprep.bank.model import Question
from mlprep.text.latex import math_spans, math_to_text

DIFFICULTY_STYLE = {"easy": "green", "medium": "yellow", "hard": "red"}
LABELS = {
    "zh": {
        "answer": "答案",
        "key_points": "要点",
        "pitfalls": "常见误区",
        "refs": "参考",
        "explanation": "解析",
    },
    "en": {
        "answer": "Answer",
        "key_points": "Key points",
        "pitfalls": "Pitfalls",
        "refs": "Refs",
        "explanation": "Explanation",
    },
}


_MARKDOWN_SPECIALS = re.compile(r"([\\*_`\[\]<>#|])")


def markdown(text: str) -> Markdown:
    """Markdown with its LaTeX already turned into Unicode (escaped, so that `*` or `_` stay as they are)."""
    out, last = [], 0
    for start, end, latex, display in math_spans(text):
        shown = math_to_text(latex, display)
        out += [text[last:start], f"\n\n    {shown}\n\n" if display else _MARKDOWN_SPECIALS.sub(r"\\\1", shown)]
        last = end
    return Markdown("".join([*out, text[last:]]))


def inline(text: str) -> str:
    """A one-line string (key point, option) with `$…$` math converted."""
    return re.sub(r"\$([^$]+)\$", lambda m: math_to_text(m[1]), text)


def show_question(console: Console, q: Question, position: int, total: int) -> None:
    title = Text.assemble(
        (f"[{position}/{total}] ", "dim"),
        (q.topic, "bold cyan"),
        " · ",
        (q.difficulty, DIFFICULTY_STYLE.get(q.difficulty, "")),
        (" · choice" if q.is_choice else "", "magenta"),
    )
    body: list = [markdown(q.question)]
    if q.is_choice:
        body.append(_hanging([(f"{LETTERS[i]})", inline(o.text), "") for i, o in enumerate(q.options)]))
    console.print(Panel(Group(*body), title=title, title_align="left", border_style="cyan"))


def _hanging(rows: list[tuple[str, str, str]]) -> Table:
    """Rows of (mark, text, style); a long text wraps under itself, not under the mark."""
    grid = Table.grid(padding=(0, 1), pad_edge=True)
    grid.add_column(no_wrap=True)
    grid.add_column()
    for mark, text, style in rows:
        grid.add_row(Text(mark, style=style), Text(text, style=style))
    return grid


def _bullets(items: tuple[str, ...], marks: list[tuple[str, str]] | None = None) -> Table:
    """One item per row; `marks` gives each row's (symbol, style) instead of a plain bullet."""
    marks = marks or [("•", "")] * len(items)
    return _hanging([(f" {mark}", inline(item), style) for item, (mark, style) in zip(items, marks, strict=True)])


def show_answer(console: Console, q: Question, lang: str, covered: list[bool] | None = None) -> None:
    """The answer, then key points (ticked against a typed answer when given) and pitfalls."""
    labels = LABELS[lang]
    parts: list = [markdown(q.answer), Text(""), Text(labels["key_points"], style="bold")]
    if covered is None:
        parts.append(_bullets(q.key_points))
    else:
        parts.append(_bullets(q.key_points, [("✓", "green") if c else ("✗", "red") for c in covered]))
        parts.append(Text(f"  {sum(covered)}/{len(covered)}", style="dim"))
    if q.pitfalls:
        parts += [Text(""), Text(labels["pitfalls"], style="bold yellow"), _bullets(q.pitfalls)]
    console.print(Panel(Group(*parts), title=labels["answer"], title_align="left", border_style="green"))


def show_choice_result(console: Console, q: Question, lang: str, selected: set[int], right: bool | None) -> None:
    """Which options were correct, what was chosen (`right` is None when nothing was), and the explanation."""
    rows = []
    for i, option in enumerate(q.options):
        mark = "✓" if option.correct else " "
        chosen = " ←" if i in selected else ""
        style = "green" if option.correct else ("red" if i in selected else "")
        rows.append((f" {mark} {LETTERS[i]})", inline(option.text) + chosen, style))
    verdict = {
        True: Text("✓ right", style="bold green"),
        False: Text("✗ wrong", style="bold red"),
        None: Text("answer", style="bold"),
    }[right]
    parts: list = [verdict, _hanging(rows), Text(""), Text(LABELS[lang]["explanation"], style="bold")]
    parts.append(markdown(q.explanation))
    if q.pitfalls:
        parts += [Text(""), Text(LABELS[lang]["pitfalls"], style="bold yellow"), _bullets(q.pitfalls)]
    console.print(Panel(Group(*parts), border_style="red" if right is False else "green"))


def when(due_iso: str, now: datetime) -> str:
    """A due time relative to `now`: "now", "in 10 min", "in 5 h", "in 3 days"."""
    seconds = (datetime.fromisoformat(due_iso) - now).total_seconds()
    if seconds < 30:
        return "now"
    if seconds < 3600:
        return f"in {max(1, round(seconds / 60))} min"
    if seconds < 86400:
        return f"in {round(seconds / 3600)} h"
    days = round(seconds / 86400)
    return "in 1 day" if days == 1 else f"in {days} days"


def show_summary(console: Console, ratings: Counter[int], next_due: dict[str, str], now: datetime) -> None:
    """Counts per rating and when the rated cards come back."""
    from mlprep.srs.schedule import RATINGS

    total = sum(ratings.values())
    if not total:
        console.print("[dim]No ratings given.[/]")
        return
    counts = " · ".join(f"{name} {ratings.get(value, 0)}" for value, name in RATINGS.items())
    console.print(f"[bold]Session:[/] {total} rated — {counts}")
    groups = Counter(when(due, now) for due in sorted(next_due.values()))
    console.print("[bold]Next due:[/] " + ", ".join(f"{n} {label}" for label, n in groups.items()))
