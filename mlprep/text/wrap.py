"""Line breaking that knows Chinese.

A line may break at a space, or between two characters when one of them is wide (a CJK character, kana,
full-width punctuation), except before closing punctuation such as ，。）」 and after opening punctuation such
as （「 (the usual kinsoku rules). It never breaks inside an English word, nor inside a span the caller keeps
together (a formula, a code span) unless that span alone is wider than the line. Nothing is ever dropped
except the spaces a line breaks at.

Widths are terminal cells, wcwidth-style, from the standard library's Unicode tables (East Asian Wide and
Fullwidth take two cells, combining marks none): the `wcwidth` package costs ~40 ms of import at every start.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate

# No line may start with these (closing punctuation, small kana, marks that belong to what precedes).
NO_START = frozenset(
    "，。、；：！？）」』】》〉〕］｝〗〙〛’”…‥—・ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)]}%‰℃°·′″"
)
# No line may end with these (opening punctuation).
NO_END = frozenset("（「『【《〈〔［｛〖〘〚‘“([{")
SPACES = " \t"
_AFTER_SPACES = re.compile(r"(?<=[^ \t])[ \t]+")

Span = tuple[int, int]


@lru_cache(maxsize=8192)
def char_width(ch: str) -> int:
    """Terminal cells taken by one character: 0, 1 or 2."""
    code = ord(ch)
    if code < 32 or 0x7F <= code < 0xA0:
        return 0
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Mc") or (category == "Cf" and code != 0xAD) or 0x1160 <= code <= 0x11FF:
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def text_width(text: str) -> int:
    """Terminal cells taken by `text` (one line)."""
    return sum(map(char_width, text))


def can_break(before: str, after: str) -> bool:
    """Whether a line may break between the characters `before` and `after`."""
    if before in SPACES:
        return after not in SPACES
    if after in SPACES or char_width(after) == 0:
        return False
    if char_width(before) != 2 and char_width(after) != 2:
        return False
    return after not in NO_START and before not in NO_END


def line_spans(text: str, width: int, keep: Sequence[Span] = ()) -> list[Span]:
    """(start, end) of each line of `text` wrapped to `width` cells; `keep` spans are not broken inside.

    Hard line breaks (`\\n`) are kept; the spaces a line breaks at belong to no line.
    """
    width = max(width, 2)
    blocked: set[int] = set()
    for start, end in keep:
        blocked.update(range(start + 1, end))
    spans: list[Span] = []
    start = 0
    for end in [i for i, ch in enumerate(text) if ch == "\n"] + [len(text)]:
        spans += _wrap_line(text, start, end, width, blocked)
        start = end + 1
    return spans


def wrap(text: str, width: int, keep: Sequence[Span] = ()) -> list[str]:
    """`text` as lines of at most `width` cells (see `line_spans`)."""
    return [text[start:end] for start, end in line_spans(text, width, keep)]


def _units(text: str, start: int, end: int, blocked: set[int], wide: bool = True) -> Iterator[tuple[int, int, int]]:
    """Pieces between break opportunities: (start, end of visible text, end including trailing spaces)."""
    if not wide:  # no wide character: breaks follow spaces only
        cuts = [m.end() for m in _AFTER_SPACES.finditer(text, start, end) if m.end() < end and m.end() not in blocked]
    else:
        cuts = [i for i in range(start + 1, end) if i not in blocked and can_break(text[i - 1], text[i])]
    for a, b in zip([start, *cuts], [*cuts, end], strict=True):
        visible = b
        while visible > a and text[visible - 1] in SPACES:
            visible -= 1
        yield a, visible, b


def _wrap_line(text: str, start: int, end: int, width: int, blocked: set[int]) -> list[Span]:
    widths = list(map(char_width, text[start:end]))
    cells = list(accumulate(widths, initial=0))  # cells[i - start]: width of text[start:i]
    if cells[-1] <= width:  # most lines fit as they are
        return [(start, end)]
    lines: list[Span] = []
    line_start: int | None = None
    line_end = used = gap = 0
    for a, visible, b in _units(text, start, end, blocked, wide=2 in widths):
        unit = cells[visible - start] - cells[a - start]
        if line_start is not None and used + gap + unit <= width:
            line_end, used = visible, used + gap + unit
        else:
            if line_start is not None:
                lines.append((line_start, line_end))
            pieces = _split(text, a, visible, width) if unit > width else [(a, visible)]
            lines += pieces[:-1]
            (line_start, line_end) = pieces[-1]
            used = cells[line_end - start] - cells[line_start - start]
        gap = cells[b - start] - cells[visible - start]
    if line_start is not None:
        lines.append((line_start, line_end))
    return lines or [(start, start)]


def _split(text: str, start: int, end: int, width: int) -> list[Span]:
    """A span wider than the line: break it where the rules allow, then between a word and punctuation,
    and only as a last resort inside a word (never before a combining mark)."""
    pieces = _pack(text, [a for a, _, _ in _units(text, start, end, set())][1:], start, end, width)
    out: list[Span] = []
    for a, b in pieces:
        if text_width(text[a:b]) <= width:
            out.append((a, b))
            continue
        loose = [i for i in range(a + 1, b) if _loose_break(text[i - 1], text[i])]
        for c, d in _pack(text, loose, a, b, width):
            out += _fold(text, c, d, width) if text_width(text[c:d]) > width else [(c, d)]
    return out


def _loose_break(before: str, after: str) -> bool:
    """A break that bends the rules but keeps words whole: anywhere except inside a run of letters/digits."""
    if char_width(after) == 0:
        return False
    return not ((before.isalnum() or before in "_'") and (after.isalnum() or after in "_'"))


def _pack(text: str, cuts: list[int], start: int, end: int, width: int) -> list[Span]:
    """Greedily fill lines from the pieces between `cuts`, dropping spaces at the breaks."""
    pieces: list[Span] = []
    for a, b in zip([start, *cuts], [*cuts, end], strict=True):
        visible = b
        while visible > a and text[visible - 1] in SPACES:
            visible -= 1
        if pieces and text_width(text[pieces[-1][0] : visible]) <= width:
            pieces[-1] = (pieces[-1][0], visible)
        else:
            while a < visible and pieces and text[a] in SPACES:
                a += 1
            pieces.append((a, visible))
    return pieces


def _fold(text: str, start: int, end: int, width: int) -> list[Span]:
    """Cut between characters (never before a combining mark) so that each piece fits."""
    out: list[Span] = []
    line_start, used = start, 0
    for i in range(start, end):
        cells = char_width(text[i])
        if used + cells > width and cells and i > line_start:
            out.append((line_start, i))
            line_start, used = i, 0
        used += cells
    out.append((line_start, end))
    return out
