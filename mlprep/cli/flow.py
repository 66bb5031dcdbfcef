"""Text laid out by `mlprep.text`, printed through Rich at whatever width Rich gives it.

Rich's own wrapping breaks only at spaces, so a run of Chinese is one long "word" that Rich folds or
ellipsises; here the lines are made by `mlprep.text.wrap` for the exact width, and Rich only colours them.
`Box` draws the border itself: Rich's Panel re-measures and re-crops every line, and would cut a long title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.segment import Segment
from rich.text import Text

from mlprep.text.markdown import Line, hang, layout, layout_inline
from mlprep.text.wrap import line_spans, text_width

# What mlprep.text's style names look like; any other name is a Rich style word ("cyan", "magenta").
STYLES = {
    "code": "cyan",
    "heading": "bold underline",
    "quote": "dim",
    "rule": "dim",
    "link": "underline",
    "good": "green",
    "bad": "red",
    "math": "",
    "mark": "",
}


class Flow:
    """A renderable whose lines come from `lay(width)`. A line Rich measures wider than `mlprep.text` did
    is folded, never cropped."""

    def __init__(self, lay: Callable[[int], list[Line]]) -> None:
        self.lay = lay

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        for segments in _segments(console, self.lay(options.max_width), options.max_width):
            yield from segments
            yield Segment.line()


class Box:
    """A bordered box around flows; a title too long for the top border becomes the first line inside."""

    def __init__(self, parts: list[Flow], title: Line | None = None, border: str = "") -> None:
        self.parts, self.title, self.border = parts, title, border

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        width = max(options.max_width, 8)
        inner = width - 4
        lines = [line for part in self.parts for line in part.lay(inner)]
        title = self.title or []
        title_width = sum(text_width(t) for t, _ in title)
        if title and title_width > width - 6:
            lines, title = [title, *lines], []
        border = console.get_style(_style(self.border))
        if title:
            yield Segment("╭─ ", border)
            yield from (Segment(t, console.get_style(_style(s))) for t, s in title)
            yield Segment(" " + "─" * (width - 5 - title_width) + "╮", border)
        else:
            yield Segment("╭" + "─" * (width - 2) + "╮", border)
        yield Segment.line()
        for segments in _segments(console, lines, inner):
            yield Segment("│ ", border)
            yield from segments
            yield Segment(" " * (inner - Segment.get_line_length(segments)) + " │", border)
            yield Segment.line()
        yield Segment("╰" + "─" * (width - 2) + "╯", border)
        yield Segment.line()


def _segments(console: Console, lines: list[Line], width: int) -> Iterator[list[Segment]]:
    for line in lines:
        segments = [Segment(chunk, console.get_style(_style(style))) for chunk, style in line if chunk]
        if sum(cell_len(s.text) for s in segments) <= width:
            yield segments
            continue
        text = Text.assemble(*((chunk, _style(style)) for chunk, style in line))
        for part in text.wrap(console, width, overflow="fold"):
            yield list(part.render(console))


@lru_cache(maxsize=256)
def _style(names: str) -> str:
    return " ".join(STYLES.get(name, name) for name in names.split()) or "none"


def markdown(source: str) -> Flow:
    """A Markdown text with LaTeX (question, answer, explanation)."""
    return Flow(lambda width: layout(source, width))


def label(text: str, style: str = "") -> Flow:
    """One short line (a heading inside a box, a verdict); wrapped like any text if the box is narrow."""
    return Flow(lambda width: [[(text[a:b], style)] for a, b in line_spans(text, width)])


def verbatim(text: str, style: str = "") -> Flow:
    """Text shown exactly as it is, line by line (a program's output): no Markdown, no markup."""

    def lay(width: int) -> list[Line]:
        out: list[Line] = []
        for line in text.split("\n"):
            spans = line_spans(line, width) or [(0, 0)]
            out += [[(line[a:b], style)] for a, b in spans]
        return out

    return Flow(lay)


def blank() -> Flow:
    return Flow(lambda width: [[]])


def items(rows: list[tuple[str, str, str]]) -> Flow:
    """Rows of (mark, inline Markdown, style names); a long text wraps under itself, not under its mark."""

    def lay(width: int) -> list[Line]:
        mark_width = max(text_width(mark) for mark, _, _ in rows) + 1
        out: list[Line] = []
        for mark, source, style in rows:
            lines = layout_inline(source, width - mark_width)
            body = [[(t, f"{s} {style}".strip()) for t, s in line] for line in lines]
            padded = mark + " " * (mark_width - text_width(mark))
            out += hang([(padded, f"{style} bold".strip())], body)
        return out

    return Flow(lay)
