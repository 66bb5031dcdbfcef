"""Question text (Markdown with `$…$` LaTeX) as HTML for Anki: math becomes MathJax delimiters, which Anki
renders, and everything else is escaped so no text can inject markup."""

from __future__ import annotations

import html
import re

_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$", re.DOTALL)
_CODE_BLOCK = re.compile(r"```[^\n]*\n(.*?)```", re.DOTALL)
_INLINE_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _math(match: re.Match[str]) -> str:
    display, inline = match.groups()
    return rf"\[{display}\]" if display is not None else rf"\({inline}\)"


def _prose(text: str) -> str:
    escaped = html.escape(text, quote=False)
    escaped = _MATH.sub(_math, escaped)
    escaped = _INLINE_CODE.sub(r"<code>\1</code>", escaped)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    return escaped.strip("\n").replace("\n", "<br>")


def to_html(text: str) -> str:
    """Markdown-ish text with LaTeX as Anki HTML: code blocks kept verbatim, math as `\\(…\\)`/`\\[…\\]`."""
    parts = []
    last = 0
    for block in _CODE_BLOCK.finditer(text):
        parts.append(_prose(text[last : block.start()]))
        parts.append(f"<pre><code>{html.escape(block.group(1), quote=False)}</code></pre>")
        last = block.end()
    parts.append(_prose(text[last:]))
    return "".join(p for p in parts if p)


def items(values: list[str] | tuple[str, ...]) -> str:
    """A bulleted list."""
    return "<ul>" + "".join(f"<li>{to_html(v)}</li>" for v in values) + "</ul>" if values else ""
