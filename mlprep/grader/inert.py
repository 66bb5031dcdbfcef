"""Text from a submission made safe to show: nothing in it can act on a terminal.

A check shows what the submission printed and the text of its exceptions. Left raw, an escape sequence
there could clear the learner's screen, set the window title, plant a hyperlink or rewrite earlier lines
(`\\r`, cursor movement), and bidirectional overrides could make text read differently from what it is.
`inert` replaces every such character with a visible escape (`\\x1b`, `\\u202e`); newlines and tabs stay.
Markup is a separate matter: the renderers show this text as plain text, never as Rich markup.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline; DEL and the C1 controls (0x9b is a one-byte CSI); Unicode format and
# separator characters: soft hyphen, bidirectional marks, embeddings, overrides and isolates, zero-width
# characters, line and paragraph separators, the byte-order mark, interlinear annotation.
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """`text` with every control, escape and invisible formatting character written out as an escape."""
    return UNSAFE.sub(_visible, text)
