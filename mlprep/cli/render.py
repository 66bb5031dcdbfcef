"""Terminal rendering of questions, answers and results: the text is laid out by `mlprep.text`, Rich colours
it."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

from rich.console import Console

from mlprep.bank.answers import LETTERS
from mlprep.bank.model import Question
from mlprep.bank.search import Hit
from mlprep.cli.flow import Box, Flow, blank, items, label, markdown
from mlprep.cli.i18n import RATING_NAMES, say, when
from mlprep.text.markdown import Line, Paragraph, hang, layout_inline
from mlprep.text.wrap import text_width

DIFFICULTY_STYLE = {"easy": "green", "medium": "yellow", "hard": "red"}
_LOWERCASE_CITES = re.compile(r"\([a-j]\)")


def letters(q: Question) -> str:
    """Option letters as the explanation cites them: `(a)` in the text means a) b) c), otherwise A) B) C)."""
    return LETTERS if _LOWERCASE_CITES.search(q.explanation) else LETTERS.upper()


def show_question(console: Console, q: Question, position: int, total: int, lang: str) -> None:
    title: Line = [
        (f"[{position}/{total}] ", "dim"),
        (q.topic, "bold cyan"),
        (" · ", ""),
        (q.difficulty, DIFFICULTY_STYLE.get(q.difficulty, "")),
        (f" · {say(lang, 'choice')}" if q.is_choice else "", "magenta"),
    ]
    body: list[Flow] = [markdown(q.question)]
    if q.is_choice:
        marks = letters(q)
        body.append(items([(f"{marks[i]})", o.text, "") for i, o in enumerate(q.options)]))
    console.print(Box(body, title, "cyan"))


def _bullets(entries: tuple[str, ...], marks: list[tuple[str, str]] | None = None) -> Flow:
    """One entry per row; `marks` gives each row's (symbol, style) instead of a plain bullet."""
    marks = marks or [("•", "")] * len(entries)
    return items([(f" {mark}", entry, style) for entry, (mark, style) in zip(entries, marks, strict=True)])


def show_answer(console: Console, q: Question, lang: str, covered: list[bool] | None = None) -> None:
    """The answer, then key points (ticked against a typed answer when given) and pitfalls."""
    parts = [markdown(q.answer), blank(), label(say(lang, "key_points"), "bold")]
    if covered is None:
        parts.append(_bullets(q.key_points))
    else:
        parts.append(_bullets(q.key_points, [("✓", "good") if c else ("✗", "bad") for c in covered]))
        parts.append(label(f"  {sum(covered)}/{len(covered)}", "dim"))
    if q.pitfalls:
        parts += [blank(), label(say(lang, "pitfalls"), "bold yellow"), _bullets(q.pitfalls)]
    console.print(Box(parts, [(say(lang, "answer"), "")], "green"))


def show_choice_result(console: Console, q: Question, lang: str, selected: set[int], right: bool | None) -> None:
    """Which options were correct, what was chosen (`right` is None when nothing was), and the explanation."""
    marks, rows = letters(q), []
    for i, option in enumerate(q.options):
        tick = "✓" if option.correct else " "
        chosen = " ←" if i in selected else ""
        style = "good" if option.correct else ("bad" if i in selected else "")
        rows.append((f" {tick} {marks[i]})", option.text + chosen, style))
    verdict = {
        True: (say(lang, "right"), "bold green"),
        False: (say(lang, "wrong"), "bold red"),
        None: (say(lang, "answer"), "bold"),
    }[right]
    parts = [label(*verdict), items(rows), blank(), label(say(lang, "explanation"), "bold")]
    parts.append(markdown(q.explanation))
    if q.pitfalls:
        parts += [blank(), label(say(lang, "pitfalls"), "bold yellow"), _bullets(q.pitfalls)]
    console.print(Box(parts, None, "red" if right is False else "green"))


def show_summary(console: Console, lang: str, ratings: Counter[int], next_due: dict[str, str], now: datetime) -> None:
    """Counts per rating and when the rated cards come back."""
    total = sum(ratings.values())
    if not total:
        console.print(f"[dim]{say(lang, 'no_ratings')}[/]")
        return
    counts = " · ".join(f"{name} {ratings.get(value, 0)}" for value, name in RATING_NAMES[lang].items())
    console.print(Flow(lambda width: _wrapped([(say(lang, "session", total, counts=counts), "")], width)))
    groups = Counter(when(lang, due, now) for due in sorted(next_due.values()))
    due = ", ".join(say(lang, "due_group", n, when=label) for label, n in groups.items())
    console.print(Flow(lambda width: _wrapped([(say(lang, "next_due"), "bold"), (due, "")], width)))


ID_COLUMN = 40


def listing(rows: list[tuple[str, str, str, str]]) -> Flow:
    """`bank list` rows of (id, difficulty, kind, Markdown text): the id is never cut, the text wraps in
    its own column, or under the id when the terminal is too narrow for one."""

    def lay(width: int) -> list[Line]:
        # An id longer than ID_COLUMN folds inside its column, so the columns after it never move.
        id_width = min(max(text_width(qid) for qid, _, _, _ in rows), ID_COLUMN)
        kind_width = max(text_width(kind) for _, _, kind, _ in rows)
        lead = id_width + 8 + kind_width + 1
        out: list[Line] = []
        for qid, difficulty, kind, text in rows:
            pieces = [qid[i : i + id_width] for i in range(0, len(qid), id_width)] or [""]
            mark: Line = [
                (pieces[0] + " " * (id_width - text_width(pieces[0]) + 1), ""),
                (difficulty.ljust(7), "dim"),
                (kind + " " * (kind_width - text_width(kind) + 1), "magenta"),
            ]
            if width - lead >= 24:
                body = hang(mark, layout_inline(text, width - lead))
                extra = [[(piece, "")] for piece in pieces[1:]]
                out += body[:1] + extra + body[1:]
            else:  # id, difficulty and kind on a line of their own (wrapped at spaces if need be), text below
                heading = _wrapped(
                    [(qid, ""), (" " + difficulty, "dim"), (f" {kind}" if kind else "", "magenta")], width
                )
                out += heading + [[("    ", ""), *line] for line in layout_inline(text, width - 4)]
        return out

    return Flow(lay)


def search_hits(hits: list[Hit]) -> Flow:
    """`bank search` hits: the id, topic and difficulty, then the snippet indented, its matches marked."""

    def lay(width: int) -> list[Line]:
        out: list[Line] = []
        for hit in hits:
            out += _wrapped([(hit.id, "bold"), (" " + hit.topic, "cyan"), (" · " + hit.difficulty, "dim")], width)
            snippet, start = Paragraph(), 0
            for a, b in hit.marks:
                snippet.add(hit.snippet[start:a])
                snippet.add(hit.snippet[a:b], "bold yellow")
                start = b
            snippet.add(hit.snippet[start:])
            out += [[("  ", ""), *line] for line in snippet.lines(width - 2)]
        return out

    return Flow(lay)


def show_details(console: Console, rows: list[tuple[str, str]]) -> None:
    """`name: value` lines, dim, each value wrapping under itself."""

    def lay(width: int) -> list[Line]:
        out: list[Line] = []
        for name, value in rows:
            mark: Line = [(f"{name}: ", "dim")]
            paragraph = Paragraph()
            paragraph.add(value, "dim")
            out += hang(mark, paragraph.lines(width - text_width(name) - 2))
        return out

    console.print(Flow(lay))


def _wrapped(runs: Line, width: int) -> list[Line]:
    paragraph = Paragraph()
    for text, style in runs:
        paragraph.add(text, style)
    return paragraph.lines(width)
