"""LaTeX in answers → readable Unicode for the terminal: `\\frac{\\partial L}{\\partial W}` → `∂L/∂W`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SUPERSCRIPTS = dict(zip("0123456789+-=()niTt", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀᵗ", strict=True)) | {"⊤": "ᵀ", "′": "′"}
SUBSCRIPTS = dict(zip("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True))
_SCRIPT_GROUP = re.compile(r"([\^_])\{([^{}]*)\}")
_SCRIPT_TOKEN = re.compile(r"([\^_])(\\[A-Za-z]+|[A-Za-z0-9*])")
_MATH = re.compile(r"\$\$(.+?)\$\$|\$([^$\n]+?)\$", re.DOTALL)
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
_LITERAL = {"^": "\ue000", "_": "\ue001"}
_MARKDOWN_SPECIALS = re.compile(r"([\\*_`\[\]<>#|])")


@lru_cache(maxsize=1)
def _converter() -> Any:
    from pylatexenc import latex2text

    def frac(node: Any, l2tobj: Any) -> str:
        num, den = (l2tobj.nodelist_to_text([arg]).strip() for arg in node.nodeargd.argnlist[-2:])
        return f"{_wrap(num)}/{_wrap(den)} "

    def sqrt(node: Any, l2tobj: Any) -> str:
        radicand = l2tobj.nodelist_to_text([node.nodeargd.argnlist[-1]]).strip()
        wrapped = _wrap(radicand)
        return f"√{wrapped}" if wrapped != radicand or len(radicand) <= 3 else f"√({radicand})"

    context = latex2text.get_default_latex_context_db()
    extra = [latex2text.MacroTextSpec("frac", simplify_repl=frac), latex2text.MacroTextSpec("sqrt", simplify_repl=sqrt)]
    extra += [latex2text.MacroTextSpec(name, text) for name, text in _SYMBOLS.items()]
    context.add_context_category("mlprep", macros=extra, prepend=True)
    return latex2text.LatexNodes2Text(latex_context=context, math_mode="text", strict_latex_spaces=False)


_SYMBOLS = {
    "|": "‖",
    "lVert": "‖",
    "rVert": "‖",
    "top": "⊤",
    "odot": "⊙",
    "otimes": "⊗",
    "mid": "|",
    "operatorname": "",
    "left": "",
    "right": "",
    "big": "",
    "Big": "",
    "quad": "  ",
    "qquad": "    ",
    ",": " ",
    ";": " ",
    "!": "",
    "arg": "arg",
    "argmax": "argmax",
    "argmin": "argmin",
}
# Operator names that pylatexenc glues to what follows (`\ln K` → `lnK`).
_SCRIPT_CHARS = "".join(SUPERSCRIPTS.values()) + "".join(SUBSCRIPTS.values())
_OPERATOR_GLUED = re.compile(rf"(?<![A-Za-z])(arg|ln|log|exp|max|min|sin|cos|tanh|det)(?=[^\W\d_{_SCRIPT_CHARS}])")


def _wrap(text: str) -> str:
    """Parenthesise a fraction part unless it is a single term (no operator outside brackets)."""
    depth = 0
    for ch in text:
        depth += (ch in "([{") - (ch in ")]}")
        if depth == 0 and ch in " +-=/×·,<>":
            return f"({text})"
    return text


def _script(marker: str, inner: str) -> str:
    table = SUPERSCRIPTS if marker == "^" else SUBSCRIPTS
    # A leading `{}` ends any macro name before it: `\sum_{i}` must not become the macro `\sumᵢ`.
    if inner and all(ch in table for ch in inner):
        return "{}" + "".join(table[ch] for ch in inner)
    literal = _LITERAL[marker]  # put back after conversion, so later passes leave this script alone
    return "{}" + (f"{literal}{inner}" if inner.isalnum() else f"{literal}({inner})")


def _scripts(latex: str) -> str:
    """Turn `^{…}` and `_{…}` (innermost first) and `^x`, `_x` into Unicode scripts where possible."""

    def group(match: re.Match[str]) -> str:
        return _script(match[1], math_to_text(match[2], scripts=False))

    def token(match: re.Match[str]) -> str:
        return _script(match[1], math_to_text(match[2], scripts=False))

    previous = None
    while previous != latex:
        previous, latex = latex, _SCRIPT_GROUP.sub(group, latex)
    return _SCRIPT_TOKEN.sub(token, latex)


def math_to_text(latex: str, scripts: bool = True) -> str:
    """One LaTeX math expression as plain Unicode text."""
    if scripts:
        latex = _scripts(latex)
    text = _converter().latex_to_text(latex)
    for marker, literal in _LITERAL.items():
        text = text.replace(literal, marker)
    text = _OPERATOR_GLUED.sub(r"\1 ", text)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r" +([)\]}.,;:，。])", r"\1", text).strip()


def render_math(markdown: str) -> str:
    """Replace every `$…$` and `$$…$$` outside code with its Unicode form, escaped for Markdown."""

    def convert(segment: str) -> str:
        def repl(match: re.Match[str]) -> str:
            display, inline = match[1], match[2]
            if display is not None and "\n" in markdown:  # its own indented block, where nothing is escaped
                return f"\n\n    {math_to_text(display)}\n\n"
            return _MARKDOWN_SPECIALS.sub(r"\\\1", math_to_text(display or inline))

        return re.sub(r"\n{3,}", "\n\n", _MATH.sub(repl, segment))

    out, last = [], 0
    for code in _CODE.finditer(markdown):
        out += [convert(markdown[last : code.start()]), code[0]]
        last = code.end()
    out.append(convert(markdown[last:]))
    return "".join(out)
