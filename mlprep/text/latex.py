"""LaTeX math → plain Unicode for the terminal, and the checks `bank validate` runs on it.

A small parser (`latex_parser`, with the joining rules in `latex_pieces`) rather than a general converter:
every macro it knows is in `latex_tables`, so an unknown one is a validation problem instead of silently
lost text, and the output keeps the meaning: `≠` stays, a fraction or script gets brackets when a part is
more than one symbol (`10000^(2i/d_model)`, `1/(2C)`), a fraction next to something it multiplies is
bracketed (`(1/m)Xᵀ`), and big operators keep their limits and are followed by a space (`∑ᵢ₌₁ᴺ log p`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mlprep.text.latex_parser import KNOWN_MACROS, Parser
from mlprep.text.latex_pieces import join

__all__ = ["CODE", "KNOWN_MACROS", "MATH", "math_problems", "math_spans", "math_to_text", "render_math"]

CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
MATH = re.compile(r"(?<!\\)\$\$(.+?)\$\$|(?<!\\)\$([^$\n]+?)\$", re.DOTALL)


def math_to_text(latex: str, display: bool = False) -> str:
    """One formula as plain Unicode; a display formula may span lines (`aligned`, `\\\\`)."""
    return _convert(latex, display)[0]


def math_spans(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, latex, display) of every `$…$` and `$$…$$` in `text` outside code."""
    last = 0
    for code in [*CODE.finditer(text), None]:
        end = code.start() if code else len(text)
        for match in MATH.finditer(text, last, end):
            display = match[1] is not None
            yield match.start(), match.end(), match[1] if display else match[2], display
        last = code.end() if code else end


def render_math(text: str) -> str:
    """`text` with each formula outside code replaced by its Unicode form."""
    out, last = [], 0
    for start, end, latex, display in math_spans(text):
        out += [text[last:start], math_to_text(latex, display)]
        last = end
    return "".join([*out, text[last:]])


def math_problems(text: str) -> list[str]:
    """What is wrong with the formulas in `text`: unbalanced braces, missing arguments, unknown macros."""
    problems = []
    for _, _, latex, display in math_spans(text):
        shown = latex if len(latex) <= 40 else latex[:37] + "…"
        fence = "$$" if display else "$"
        problems += [f"in {fence}{shown}{fence}: {message}" for message in _convert(latex, display)[1]]
    return problems


@lru_cache(maxsize=8192)
def _convert(latex: str, display: bool) -> tuple[str, tuple[str, ...]]:
    parser = Parser(latex, display)
    text = join(parser.items(frozenset()))
    return "\n".join(line.strip() for line in text.strip().split("\n")), tuple(dict.fromkeys(parser.problems))
