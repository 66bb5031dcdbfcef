"""Rendered parts of a formula and how they join: the spacing, bracketing and script rules of
`mlprep.text.latex` (a space after ∑ and log, a fraction bracketed next to what it multiplies, a script
written `^(…)` when it is more than one symbol and has no Unicode form)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mlprep.text import latex_tables as T

OPENERS = "([{⟨⌊⌈|‖"
_PAIRS = {"(": ")", "[": "]", "{": "}", "⟨": "⟩", "⌊": "⌋", "⌈": "⌉"}
SCRIPT_CHARS = frozenset(T.SUPERSCRIPTS.values()) | frozenset(T.SUBSCRIPTS.values()) | frozenset("′″‴*")
_PREFIXES = ("∂", "∇", "√", "∛", "∜")
_ENDS_OPERAND = frozenset({"ord", "num", "close", "fn", "frac"})
_STARTS_OPERAND = frozenset({"ord", "num", "open", "fn", "op", "frac"})


@dataclass(frozen=True)
class Piece:
    """A rendered part of a formula.

    `kind` decides spacing and brackets: ord (a symbol), num, fn (log, max: a space before their operand),
    op (∑, ∏: limits, then a space), bin, rel, punct, open, close, fence (| and ‖), frac (a/b, bracketed
    next to an operand), space. `atom` is a single symbol or a bracketed whole, which needs no brackets as a
    denominator, radicand or script base; `tail` is text ending in a plain script (`d_model`) that a letter
    after it would run into.
    """

    text: str
    kind: str = "ord"
    atom: bool = True
    tail: bool = False


def join(pieces: list[Piece]) -> str:
    """Pieces as text: source spaces kept (one each, and on both sides of a relation that has one), a space
    after ∑ and log, fractions bracketed where a neighbour multiplies them, none inside brackets."""
    pieces = list(pieces)
    kinds = _kinds(pieces)
    solid = [i for i, p in enumerate(pieces) if p.kind != "space"]
    for n, i in enumerate(solid):
        if pieces[i].kind != "frac":
            continue
        before = kinds[solid[n - 1]] if n else None
        after = kinds[solid[n + 1]] if n + 1 < len(solid) else None
        if before in _ENDS_OPERAND or after in _STARTS_OPERAND:
            pieces[i] = Piece(f"({pieces[i].text})")
    texts: list[str] = []  # solid pieces' texts, each but the first preceded by its gap
    gaps: list[str] = []
    last: Piece | None = None
    gap = ""
    for piece, kind in zip(pieces, kinds, strict=True):
        if piece.kind == "space":
            if gap != "\n" and (piece.text == "\n" or len(piece.text) > len(gap)):
                gap = piece.text
            continue
        if last is not None:
            if gap != "\n" and (kind in ("close", "punct") or last.kind == "open"):
                gap = ""
            elif gap == " " and last.text[:1] in "∂∇" and last.kind == "ord" and kind in ("ord", "num"):
                gap = ""  # ∂ and ∇ bind to what they differentiate: `\partial^2 L` → ∂²L
            elif not gap and _needs_space(last, piece):
                gap = " "
            gaps.append(gap)
        texts.append(piece.text)
        last, gap = piece, ""
    solid_pieces = [p for p in pieces if p.kind != "space"]
    for n in range(1, len(texts) - 1):  # a relation spaced on one side is spaced on both
        before, after = gaps[n - 1], gaps[n]
        lopsided = (before == "") != (after == "") and "\n" not in (before, after)
        enclosed = kinds[solid[n + 1]] in ("close", "punct") or solid_pieces[n - 1].kind == "open"
        if _relation(solid_pieces[n]) and lopsided and not enclosed:
            gaps[n - 1], gaps[n] = before or " ", after or " "
    return "".join(t if n == 0 else gaps[n - 1] + t for n, t in enumerate(texts))


def _relation(piece: Piece) -> bool:
    """A relation or a binary operator set by a macro (`\\le`, `\\cdot`), spaced alike on both sides."""
    return piece.kind == "rel" or (piece.kind == "bin" and piece.text not in "+-*/")


def _kinds(pieces: list[Piece]) -> list[str]:
    """Each piece's kind, with every `|` and `‖` resolved to an opening or a closing fence."""
    kinds: list[str] = []
    open_fences: set[str] = set()
    for piece in pieces:
        kind = piece.kind
        if kind == "fence":
            fence = piece.text[:1]
            kind = "close" if fence in open_fences else "open"
            open_fences ^= {fence}
        kinds.append(kind)
    return kinds


def _needs_space(a: Piece, b: Piece) -> bool:
    if a.kind == "op":
        return b.kind not in ("close", "punct", "rel", "bin")
    if a.kind == "fn":
        return b.kind == "fence" or (b.kind in ("ord", "num", "fn", "op", "frac") and b.text[:1] not in OPENERS)
    if b.kind in ("fn", "op"):
        return a.kind in ("ord", "num", "close", "frac")
    return a.tail and b.text[:1].isalnum()


def merge(pieces: list[Piece]) -> Piece:
    """A group as one piece (a script base, an accented or styled argument)."""
    solid = [p for p in pieces if p.kind != "space"]
    if len(solid) == 1:
        return solid[0]
    return Piece(join(pieces), "ord", atom=atomic(pieces), tail=bool(solid) and solid[-1].tail)


def attach(base: Piece, sub: str | None, sup: str | None, primes: str) -> Piece:
    """`base` with its scripts: Unicode sub/superscripts when every character has one, else `_x`, `^(…)`."""
    text = base.text
    if base.kind == "frac" or base.tail or (not base.atom and base.kind not in ("op", "fn") and text):
        text = f"({text})"
    sub_text, sub_tail = script(sub, T.SUBSCRIPTS, "_") if sub else ("", False)
    sup_text, sup_tail = script(sup, T.SUPERSCRIPTS, "^") if sup else ("", False)
    if sub_tail and (primes or sup_text[:1] not in ("", "^")):
        sub_text, sub_tail = f"_({sub_text[1:]})", False
    kind = "ord" if base.kind == "frac" else base.kind
    tail = sup_tail if sup else sub_tail
    return Piece(text + sub_text + primes + sup_text, kind, atom=True, tail=tail)


def script(script: str, table: dict[str, str], marker: str) -> tuple[str, bool]:
    """A sub- or superscript as Unicode, or after `_`/`^` (bracketed unless it is one symbol or word)."""
    s = re.sub(r"\s*([^\w\s])\s*", r"\1", script.strip())
    s = re.sub(r"\s+", " ", s)
    if marker == "^" and s in T.AS_IS_SUPERSCRIPTS:
        return T.AS_IS_SUPERSCRIPTS[s], False
    if s and all(c in table for c in s):
        return "".join(table[c] for c in s), False
    if bracketed(s):
        return marker + s, False
    if re.fullmatch(r"[A-Za-z]+|\d+(\.\d+)?", s) or single_symbol(s):
        return marker + s, s[:1].isalnum()
    return f"{marker}({s})", False


def single_symbol(text: str) -> bool:
    """One character, with any combining marks (`ŷ`, `θ`)."""
    return len(text) >= 1 and text[0] != " " and all(combining(c) for c in text[1:])


def combining(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def loose(pieces: list[Piece]) -> bool:
    """Whether a numerator needs brackets before `/`: a sum, a relation, a list, or an operator applied
    without brackets (`log p`, `∑ᵢ xᵢ`); a product (`QKᵀ`, `πt`) does not."""
    solid = [(p, kind) for p, kind in zip(pieces, _kinds(pieces), strict=True) if p.kind != "space"]
    depth = 0
    for n, (piece, kind) in enumerate(solid):
        if "\n" in piece.text:
            return True
        depth += (kind == "open") - (kind == "close")
        if depth > 0 or kind == "close":
            continue
        after = solid[n + 1][0] if n + 1 < len(solid) else None
        if kind in ("bin", "rel", "punct", "op", "frac") and not (n == 0 and piece.text in "+-"):
            return True
        if kind == "fn" and after is not None and not after.text.startswith(tuple(OPENERS)):
            return True
    return False


def atomic(pieces: list[Piece], prefixes: tuple[str, ...] = ()) -> bool:
    """Whether a denominator, radicand or script base is one thing: a symbol (with its scripts and an
    optional ∂ ∇ √ before it), a bracketed whole, or a symbol applied to one (`q(x)`)."""
    solid = [p for p in pieces if p.kind != "space"]
    if solid and solid[0].text in _PREFIXES + prefixes and len(solid) > 1:
        solid = solid[1:]
    if not solid:
        return True
    if len(solid) == 1:
        return solid[0].atom and solid[0].kind not in ("bin", "rel", "punct", "frac", "op")
    text = join(solid)
    if bracketed(text):
        return True
    first = solid[0]
    return first.atom and first.kind in ("ord", "fn") and bracketed(join(solid[1:]))


def bracketed(text: str) -> bool:
    """`(…)`, `[…]`, `|…|`, `‖…‖`…: one bracket pair around everything (scripts after it allowed)."""
    if not text or text[0] not in OPENERS:
        return False
    stack: list[str] = []
    for i, ch in enumerate(text):
        if ch in "|‖":
            if stack and stack[-1] == ch:
                stack.pop()
            else:
                stack.append(ch)
        elif ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        if not stack:
            return all(c in SCRIPT_CHARS for c in text[i + 1 :])
    return False
