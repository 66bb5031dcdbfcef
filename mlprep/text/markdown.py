"""Markdown with LaTeX laid out as terminal lines of a given width, losing nothing.

Paragraphs wrap with `mlprep.text.wrap` (Chinese breaks between characters, formulas and code spans stay
whole); list items hang under their own text; a line break in the source is a line break on screen; display
formulas get lines of their own; code blocks keep their indentation and continue long lines after `↪`;
a table that does not fit becomes one "header: value" block per row. Nothing is ever cut or ellipsised.

Pure text: a line is a list of (text, style) runs, where a style is a space-separated set of names
(bold, italic, code, math, heading, quote, rule, mark, strike, link) that the CLI maps to colours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from mlprep.text.latex import math_spans, math_to_text
from mlprep.text.wrap import line_spans, text_width

Run = tuple[str, str]
Line = list[Run]
BULLETS = ("•", "◦", "▪")
CONTINUED = "↪ "
_PLACEHOLDER = 0xF0000  # formula i is the private-use character U+F0000 + i while Markdown is parsed
_PLACEHOLDERS = re.compile("[\U000f0000-\U000ffffd]")
_TABLE_GAP = " │ "


@dataclass
class Paragraph:
    """Inline text being built: the characters, their styles and the spans that must not be broken."""

    text: str = ""
    runs: list[tuple[int, int, str]] = field(default_factory=list)
    keep: list[tuple[int, int]] = field(default_factory=list)

    def add(self, text: str, style: str = "", whole: bool = False) -> None:
        start = len(self.text)
        self.text += text
        if text:
            self.runs.append((start, len(self.text), style))
            if whole:
                self.keep.append((start, len(self.text)))

    def extend(self, other: Paragraph, style: str) -> None:
        """Append `other`'s text with `style` added to each of its runs."""
        for a, b, run_style in other.runs:
            self.add(other.text[a:b], _join(run_style, style), (a, b) in other.keep)

    def lines(self, width: int) -> list[Line]:
        return [self.slice(start, end) for start, end in line_spans(self.text, width, self.keep)]

    def slice(self, start: int, end: int) -> Line:
        return [(self.text[max(a, start) : min(b, end)], s) for a, b, s in self.runs if a < end and b > start]

    @property
    def natural_width(self) -> int:
        return max((text_width(line) for line in self.text.split("\n")), default=0)


def layout(source: str, width: int) -> list[Line]:
    """A Markdown text (answer, explanation, question) as lines of at most `width` cells."""
    tree, formulas = _parse(source)
    return _Layout(formulas).blocks(tree.children, max(width, 8))


def layout_inline(source: str, width: int) -> list[Line]:
    """One paragraph of inline Markdown (an option, a key point) as lines of at most `width` cells."""
    tree, formulas = _parse(source, inline=True)
    return _Layout(formulas).inline(tree, max(width, 8))


def hang(mark: Line, body: list[Line]) -> list[Line]:
    """`body` indented by the width of `mark`, with `mark` in front of its first line."""
    indent = " " * sum(text_width(text) for text, _ in mark)
    if not body:
        return [mark]
    return [mark + body[0]] + [[(indent, ""), *line] for line in body[1:]]


def plain(line: Line) -> str:
    """A line's text without styles."""
    return "".join(text for text, _ in line)


@lru_cache(maxsize=1)
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


@lru_cache(maxsize=2048)
def _parse(source: str, inline: bool = False) -> tuple[Any, tuple[tuple[str, bool], ...]]:
    """The Markdown tree of `source`, with each formula outside code replaced by one placeholder character
    (so that `*` and `_` inside math are never read as emphasis), and the formulas in order."""
    from markdown_it.tree import SyntaxTreeNode

    protected: list = []
    formulas: list = []
    last = 0
    for start, end, latex, display in math_spans(source):
        protected += [source[last:start], chr(_PLACEHOLDER + len(formulas))]
        formulas.append((latex, display))
        last = end
    text = "".join([*protected, source[last:]])
    if inline:
        return SyntaxTreeNode(_markdown().parseInline(text)).children[0], tuple(formulas)
    return SyntaxTreeNode(_markdown().parse(text)), tuple(formulas)


class _Layout:
    def __init__(self, formulas: tuple[tuple[str, bool], ...]) -> None:
        self.formulas = formulas

    def blocks(self, nodes: list[Any], width: int, depth: int = 0) -> list[Line]:
        tight = any(node.hidden for node in nodes)  # the paragraphs of a tight list item are hidden
        out: list[Line] = []
        for node in nodes:
            lines = self.block(node, width, depth)
            if out and lines and not tight:
                out.append([])
            out += lines
        return out

    def block(self, node: Any, width: int, depth: int) -> list[Line]:
        kind = node.type
        if kind in ("paragraph", "heading"):
            style = "heading" if kind == "heading" else ""
            return self.inline(node.children[0], width, style) if node.children else []
        if kind in ("bullet_list", "ordered_list"):
            return self.list_block(node, width, depth)
        if kind in ("fence", "code_block"):
            return _code(node.content, width)
        if kind == "blockquote":
            return [[("│ ", "quote"), *line] for line in self.blocks(node.children, width - 2, depth)]
        if kind == "table":
            return self.table(node, width)
        if kind == "hr":
            return [[("─" * width, "rule")]]
        return self.paragraph_lines(_text_paragraph(node.content), width)  # html and anything unforeseen

    def list_block(self, node: Any, width: int, depth: int) -> list[Line]:
        start = int(node.attrs.get("start", 1)) if node.type == "ordered_list" else 0
        marks = [
            f"{start + i}{node.markup}" if node.type == "ordered_list" else BULLETS[depth % len(BULLETS)]
            for i in range(len(node.children))
        ]
        mark_width = max(text_width(m) for m in marks) + 1
        loose = any(not p.hidden for item in node.children for p in item.children if p.type == "paragraph")
        out: list[Line] = []
        for mark, item in zip(marks, node.children, strict=True):
            if out and loose:
                out.append([])
            body = self.blocks(item.children, width - mark_width, depth + 1)
            out += hang([(mark.ljust(mark_width), "mark")], body)
        return out

    def inline(self, node: Any, width: int, style: str = "") -> list[Line]:
        """An inline node's text: wrapped paragraphs, and display formulas on lines of their own."""
        out: list[Line] = []
        paragraph = Paragraph()
        for text, run_style, whole in self.runs(node.children, style):
            if run_style == "display":
                out += self.paragraph_lines(paragraph, width) + _display(text, width)
                paragraph = Paragraph()
            else:
                paragraph.add(text, run_style, whole)
        return out + self.paragraph_lines(paragraph, width)

    @staticmethod
    def paragraph_lines(paragraph: Paragraph, width: int) -> list[Line]:
        """The paragraph's lines without blank ones at either end (left by a line break next to a display
        formula)."""
        spans = line_spans(paragraph.text, width, paragraph.keep)
        while spans and spans[0][0] == spans[0][1]:
            spans.pop(0)
        while spans and spans[-1][0] == spans[-1][1]:
            spans.pop()
        return [paragraph.slice(a, b) for a, b in spans]

    def runs(self, nodes: Iterable[Any], style: str) -> Iterable[tuple[str, str, bool]]:
        """(text, style, keep whole) for inline nodes; display formulas come as style "display"."""
        styles = {"strong": "bold", "em": "italic", "s": "strike", "link": "link"}
        for node in nodes:
            kind = node.type
            if kind == "text":
                yield from self.text_runs(node.content, style)
            elif kind == "code_inline":
                yield node.content, _join(style, "code"), True
            elif kind in ("softbreak", "hardbreak"):
                yield "\n", style, False
            elif kind in styles:
                yield from self.runs(node.children, _join(style, styles[kind]))
                href = node.attrs.get("href", "") if kind == "link" else ""
                if href and href != "".join(c.content for c in node.children):
                    yield f" ({href})", _join(style, "link"), True
            elif kind == "image":
                yield from self.runs(node.children, style)
            else:
                yield node.content, style, False

    def text_runs(self, text: str, style: str) -> Iterable[tuple[str, str, bool]]:
        last = 0
        for match in _PLACEHOLDERS.finditer(text):
            yield text[last : match.start()], style, False
            latex, display = self.formulas[ord(match[0]) - _PLACEHOLDER]
            yield math_to_text(latex, display), "display" if display else _join(style, "math"), True
            last = match.end()
        yield text[last:], style, False

    def table(self, node: Any, width: int) -> list[Line]:
        rows = [[self.cell(cell) for cell in row.children] for part in node.children for row in part.children]
        return _table(rows, width)

    def cell(self, node: Any) -> Paragraph:
        paragraph = Paragraph()
        for text, style, whole in self.runs(node.children[0].children if node.children else [], ""):
            paragraph.add(text, "math" if style == "display" else style, whole)
        return paragraph


def columns(rows: list[list[str | Line]], width: int) -> list[Line]:
    """A table (the first row is the header) of plain cells or styled runs: a grid when every cell fits on
    one line, otherwise one block per row. No cell is ever cut (for lists such as `drill list`)."""
    paragraphs: list[list[Paragraph]] = []
    for row in rows:
        paragraphs.append([])
        for cell in row:
            paragraph = Paragraph()
            for text, style in [(cell, "")] if isinstance(cell, str) else cell:
                paragraph.add(text, style)
            paragraphs[-1].append(paragraph)
    return _table(paragraphs, width)


def _table(rows: list[list[Paragraph]], width: int) -> list[Line]:
    """A grid when every cell fits on one line; otherwise one block per row (see `_records`)."""
    count = max(len(row) for row in rows)
    rows = [row + [Paragraph()] * (count - len(row)) for row in rows]
    widths = [max(row[c].natural_width for row in rows) for c in range(count)]
    if sum(widths) + text_width(_TABLE_GAP) * (count - 1) > width or any("\n" in c.text for r in rows for c in r):
        return _records(rows, width)
    out: list[Line] = []
    for n, row in enumerate(rows):
        line: Line = []
        for c, (cell, w) in enumerate(zip(row, widths, strict=True)):
            line += [(t, _join(s, "bold") if n == 0 else s) for t, s in cell.slice(0, len(cell.text))]
            if c < count - 1:
                line += [(" " * (w - cell.natural_width), ""), (_TABLE_GAP, "rule")]
        out.append(line)
        if n == 0:
            out.append([("─┼─".join("─" * w for w in widths), "rule")])
    return out


def _join(style: str, name: str) -> str:
    return f"{style} {name}".strip()


def _text_paragraph(text: str) -> Paragraph:
    paragraph = Paragraph()
    paragraph.add(text.rstrip("\n"))
    return paragraph


def _display(formula: str, width: int) -> list[Line]:
    """A display formula: its own lines, indented by two; a line too long for the width breaks at spaces."""
    indent = 2 if width >= 24 else 0
    out: list[Line] = []
    for row in formula.split("\n"):
        spans = line_spans(row, width - indent, keep=[(0, len(row))])
        out += [[(" " * indent, ""), (row[a:b], "math")] for a, b in spans]
    return out


def _code(content: str, width: int) -> list[Line]:
    """Code keeps its lines and indentation; a line too long continues after `↪` under its own indent."""
    indent = 2 if width >= 24 else 0
    room = width - indent
    out: list[Line] = []
    for row in content.rstrip("\n").expandtabs(4).split("\n"):
        if text_width(row) <= room:
            out.append([(" " * indent, ""), (row, "code")])
            continue
        lead = min(len(row) - len(row.lstrip(" ")), room // 2)
        body = row[lead:]
        for n, (a, b) in enumerate(line_spans(body, room - lead - text_width(CONTINUED))):
            prefix = [(" " * (indent + lead), "")] + ([(CONTINUED, "mark")] if n else [])
            out.append([*prefix, (body[a:b], "code")])
    return out


def _records(rows: list[list[Paragraph]], width: int) -> list[Line]:
    """A table too wide for the terminal: the header on a line of its own, then each row as its first cell
    followed by `header: value` lines for the others, so that every cell reads as one paragraph."""
    header, body = rows[0], rows[1:]
    titles = Paragraph()
    for cell in (c for c in header if c.text):
        if titles.text:
            titles.add(" · ", "rule")
        titles.extend(cell, "bold")
    out = titles.lines(width)
    for row in body:
        out.append([])
        out += row[0].lines(width) if len(row) > 1 else []
        for title, cell in zip(header[1:], row[1:], strict=True) if len(row) > 1 else [(Paragraph(), row[0])]:
            if not cell.text:
                continue
            entry = Paragraph()
            if title.text:
                entry.extend(title, "dim")
                entry.add(": ", "dim")
            entry.extend(cell, "")
            out += [[("  ", ""), *line] for line in entry.lines(width - 2)]
    return out
