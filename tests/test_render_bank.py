"""Every character of the shipped bank reaches the screen, in order, at 40, 60, 80 and 120 columns, in both
languages, and no English word is split across lines (the issue: options ending in "…更省内…", `FL|OPs`)."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest
from rich.console import Console

from mlprep.bank.load import load_paths
from mlprep.bank.model import Question
from mlprep.cli import render
from mlprep.paths import shipped_bank
from mlprep.text.latex import render_math

WIDTHS = (40, 60, 80, 120)
# Drawn around the text (panel borders, table rules, bullets, continuation marks) or Markdown syntax.
DECORATION = re.compile(r"[\s│╭╮╰╯─┼•◦▪↪*`|\\#>]")
LIST_MARKER = re.compile(r"^[ \t]*[-+*][ \t]+", re.MULTILINE)
TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t:|-]*-[ \t:|-]*$", re.MULTILINE)
FENCE = re.compile(r"^[ \t]*```.*$", re.MULTILINE)
WORD = re.compile(r"[A-Za-z]{2,}")


def fields(view: Question) -> list[str]:
    """What the learner must be able to read, as the renderer should show it (math converted)."""
    texts = [view.question, *(o.text for o in view.options), *view.pitfalls]
    texts += [view.explanation] if view.is_choice else [view.answer, *view.key_points]
    return [render_math(text) for text in texts]


def markup_free(text: str) -> str:
    return FENCE.sub("", TABLE_RULE.sub("", LIST_MARKER.sub("", text)))


def squash(text: str) -> str:
    return DECORATION.sub("", text)


def found_in_order(text: str, flat: str) -> bool:
    """Each piece of `text` between table bars appears whole in `flat`, one after another (a table too wide
    for the screen shows each row as a block that repeats the headers between the cells)."""
    position = 0
    for piece in filter(None, map(squash, markup_free(text).split("|"))):
        position = flat.find(piece, position)
        if position < 0:
            return False
        position += len(piece)
    return True


def screen(console: Console, view: Question, lang: str) -> str:
    console.file = io.StringIO()
    render.show_question(console, view, 1, 1, lang)
    if view.is_choice:
        render.show_choice_result(console, view, lang, set(), None)
    else:
        render.show_answer(console, view, lang)
    return console.file.getvalue()


@pytest.fixture(scope="module")
def problems() -> dict[tuple[str, int], list[str]]:
    """One rendering pass over the whole bank: (language, width) → what was lost or split."""
    consoles = {w: Console(width=w, file=io.StringIO(), color_system=None, highlight=False) for w in WIDTHS}
    found: dict[tuple[str, int], list[str]] = {(lang, w): [] for lang in ("zh", "en") for w in WIDTHS}
    for q in load_paths([shipped_bank()]):
        for lang in ("zh", "en"):
            view = q.in_language(lang)
            wanted = fields(view)
            words = Counter(w for text in wanted for w in WORD.findall(markup_free(text)))
            for width, console in consoles.items():
                shown = screen(console, view, lang)
                flat = squash(shown)
                lost = [text for text in wanted if not found_in_order(text, flat)]
                split = words - Counter(w for line in shown.splitlines() for w in WORD.findall(line))
                found[lang, width] += [f"{q.id}: lost {t!r}" for t in lost]
                found[lang, width] += [f"{q.id}: split {w!r}" for w in split]
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", WIDTHS)
def test_nothing_lost_and_no_word_split(problems: dict[tuple[str, int], list[str]], lang: str, width: int) -> None:
    assert problems[lang, width] == []
