"""Values as they may appear inside a one-line message: short, and unable to act on the terminal."""

from __future__ import annotations

import re
from typing import Any

MAX_SHOWN = 40
# C0/C1 controls, line and paragraph separators, zero-width and bidirectional formatting characters.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def shown(value: Any, quote: bool = True, limit: int = MAX_SHOWN) -> str:
    """`value` cut to `limit` characters, invisible characters written as escapes; quoted if text.
    Other values are named by what they are, never expanded."""
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if not isinstance(value, str):
        text = getattr(value, "text", None)  # a number or date kept as its text
        return shown(text, quote, limit) if isinstance(text, str) else kind(value)
    cut = value[:limit] + ("…" if len(value) > limit else "")
    text = _INVISIBLE.sub(lambda m: _escape(m.group()), cut)
    return f"'{text}'" if quote else text


def kind(value: Any) -> str:
    """What a value is, for "must be text, not …" messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return getattr(value, "kind", type(value).__name__)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
