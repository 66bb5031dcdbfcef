"""Terminal rendering of questions, answers and results: the text is laid out by `mlprep.text`, Rich colours
it."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from rich.console import Console

from mlprep.bank.answers import LETTERS
from mlprep.bank.model import Question
from mlprep.cli.flow import Box, Flow, blank, items, label, markdown
from mlprep.text.latex import render_math

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


def inline(text: str) -> str:
    """A one-line string (a list entry) with its `$…$` math converted."""
    return render_math(text)


def show_question(console: Console, q: Question, position: int, total: int) -> None:
    title = [
        (f"[{position}/{total}] ", "dim"),
        (q.topic, "bold cyan"),
        (" · ", ""),
        (q.difficulty, DIFFICULTY_STYLE.get(q.difficulty, "")),
        (" · choice" if q.is_choice else "", "magenta"),
    ]
    body: list[Flow] = [markdown(q.question)]
    if q.is_choice:
        body.append(items([(f"{LETTERS[i]})", o.text, "") for i, o in enumerate(q.options)]))
    console.print(Box(body, title, "cyan"))


def _bullets(entries: tuple[str, ...], marks: list[tuple[str, str]] | None = None) -> Flow:
    """One entry per row; `marks` gives each row's (symbol, style) instead of a plain bullet."""
    marks = marks or [("•", "")] * len(entries)
    return items([(f" {mark}", entry, style) for entry, (mark, style) in zip(entries, marks, strict=True)])


def show_answer(console: Console, q: Question, lang: str, covered: list[bool] | None = None) -> None:
    """The answer, then key points (ticked against a typed answer when given) and pitfalls."""
    labels = LABELS[lang]
    parts = [markdown(q.answer), blank(), label(labels["key_points"], "bold")]
    if covered is None:
        parts.append(_bullets(q.key_points))
    else:
        parts.append(_bullets(q.key_points, [("✓", "good") if c else ("✗", "bad") for c in covered]))
        parts.append(label(f"  {sum(covered)}/{len(covered)}", "dim"))
    if q.pitfalls:
        parts += [blank(), label(labels["pitfalls"], "bold yellow"), _bullets(q.pitfalls)]
    console.print(Box(parts, [(labels["answer"], "")], "green"))


def show_choice_result(console: Console, q: Question, lang: str, selected: set[int], right: bool | None) -> None:
    """Which options were correct, what was chosen (`right` is None when nothing was), and the explanation."""
    rows = []
    for i, option in enumerate(q.options):
        mark = "✓" if option.correct else " "
        chosen = " ←" if i in selected else ""
        style = "good" if option.correct else ("bad" if i in selected else "")
        rows.append((f" {mark} {LETTERS[i]})", option.text + chosen, style))
    verdict = {True: ("✓ right", "bold green"), False: ("✗ wrong", "bold red"), None: ("answer", "bold")}[right]
    parts = [label(*verdict), items(rows), blank(), label(LABELS[lang]["explanation"], "bold")]
    parts.append(markdown(q.explanation))
    if q.pitfalls:
        parts += [blank(), label(LABELS[lang]["pitfalls"], "bold yellow"), _bullets(q.pitfalls)]
    console.print(Box(parts, None, "red" if right is False else "green"))


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
