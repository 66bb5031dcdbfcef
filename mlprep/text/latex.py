"""LaTeX math → plain Unicode for the terminal, and the checks `bank validate` runs on it.

A small parser rather than a general converter: every macro it knows is in `latex_tables`, so an unknown one
is a validation problem instead of silently lost text, and the output keeps the meaning: `≠` stays, a
fraction or script gets brackets when a part is more than one symbol (`10000^(2i/d_model)`, `1/(2C)`), a
fraction next to something it multiplies is bracketed (`(1/m)Xᵀ`), and big operators keep their limits and
are followed by a space (`∑ᵢ₌₁ᴺ log p`).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from mlprep.text import latex_tables as T

CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
MATH = re.compile(r"(?<!\\)\$\$(.+?)\$\$|(?<!\\)\$([^$\n]+?)\$", re.DOTALL)
_TOKEN = re.compile(r"\\([A-Za-z]+)|\\(.)|(\s+)|(.)", re.DOTALL)
_KINDS = {1: "cmd", 2: "sym", 3: "space", 4: "char"}
OPENERS = "([{⟨⌊⌈|‖"
_PAIRS = {"(": ")", "[": "]", "{": "}", "⟨": "⟩", "⌊": "⌋", "⌈": "⌉"}
_SCRIPT_CHARS = frozenset(T.SUPERSCRIPTS.values()) | frozenset(T.SUBSCRIPTS.values()) | frozenset("′″‴*")
_PREFIXES = ("∂", "∇", "√", "∛", "∜")
_ENDS_OPERAND = frozenset({"ord", "num", "close", "fn", "frac"})
_STARTS_OPERAND = frozenset({"ord", "num", "open", "fn", "op", "frac"})
_CHAR_KINDS = {
    **dict.fromkeys("+-*/", "bin"),
    **dict.fromkeys("=<>", "rel"),
    **dict.fromkeys(",;:", "punct"),
    **dict.fromkeys("([", "open"),
    **dict.fromkeys(")]!", "close"),
    "|": "fence",
}
Token = tuple[str, str]


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
    parser = _Parser(latex, display)
    text = _join(parser.items(frozenset()))
    return "\n".join(line.strip() for line in text.strip().split("\n")), tuple(dict.fromkeys(parser.problems))


class _Parser:
    """Recursive descent over the tokens of one formula, collecting problems instead of stopping."""

    def __init__(self, latex: str, display: bool) -> None:
        self.tokens: list[Token] = [(_KINDS[m.lastindex or 4], m[m.lastindex or 4]) for m in _TOKEN.finditer(latex)]
        self.i = 0
        self.display = display
        self.problems: list[str] = []

    # -- tokens ------------------------------------------------------------------------------------------------

    def peek(self) -> Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def skip_spaces(self) -> Token | None:
        while (token := self.peek()) is not None and token[0] == "space":
            self.i += 1
        return self.peek()

    def next_is_script(self) -> bool:
        j = self.i
        while j < len(self.tokens) and self.tokens[j][0] == "space":
            j += 1
        return j < len(self.tokens) and self.tokens[j] in (("char", "^"), ("char", "_"), ("char", "'"))

    @staticmethod
    def stops_at(token: Token, stops: frozenset[str]) -> bool:
        kind, value = token
        if kind == "char":
            return value in stops and value in "}&]"
        if kind == "sym":
            return value == "\\" and "\\" in stops
        return kind == "cmd" and value in stops and value in ("right", "end")

    # -- lists and single items -------------------------------------------------------------------------------

    def items(self, stops: frozenset[str]) -> list[Piece]:
        """Pieces up to (not including) a token in `stops`: `}`, `&`, `]`, `\\\\`, `right`, `end`."""
        out: list[Piece] = []
        while (token := self.peek()) is not None and not self.stops_at(token, stops):
            self.i += 1
            kind, value = token
            if kind == "space":
                out.append(Piece(" ", "space"))
            elif kind == "char":
                self.char(value, out)
            elif kind == "sym":
                self.symbol(value, out)
            else:
                self.command(value, out)
        return out

    def group_rest(self) -> list[Piece]:
        """The rest of a `{…}` group whose `{` was just read."""
        pieces = self.items(frozenset("}"))
        if self.peek() == ("char", "}"):
            self.i += 1
        else:
            self.problems.append("'{' is not closed")
        return pieces

    def argument(self, what: str) -> list[Piece] | None:
        """One argument: a `{…}` group or a single token (one digit of a number: `\\frac12`)."""
        token = self.skip_spaces()
        if token is None or token in (("char", "}"), ("char", "&"), ("char", "^"), ("char", "_"), ("sym", "\\")):
            self.problems.append(f"{what} is missing an argument")
            return None
        self.i += 1
        kind, value = token
        if token == ("char", "{"):
            return self.group_rest()
        out: list[Piece] = []
        if kind == "char":
            self.char(value, out, single=True)
        elif kind == "sym":
            self.symbol(value, out)
        else:
            self.command(value, out)
        return out

    def char(self, value: str, out: list[Piece], single: bool = False) -> None:
        if value == "{":
            group = self.group_rest()
            out.append(_merge(group)) if self.next_is_script() else out.extend(group)
        elif value == "}":
            self.problems.append("'}' has no matching '{'")
        elif value in "^_'":
            self.scripts(value, out)
        elif value == "&":
            self.problems.append("'&' outside a matrix or aligned environment")
        elif value == "~":
            out.append(Piece(" ", "space"))
        elif value == "\\":
            self.problems.append("a lone backslash")
        elif value.isdigit() and not single:
            number = value
            while (token := self.peek()) is not None and token[0] == "char":
                following = self.tokens[self.i + 1] if self.i + 1 < len(self.tokens) else ("", "")
                if token[1].isdigit() or (token[1] == "." and following[0] == "char" and following[1].isdigit()):
                    number += token[1]
                    self.i += 1
                else:
                    break
            out.append(Piece(number, "num"))
        elif value.isdigit():
            out.append(Piece(value, "num"))
        else:
            out.append(Piece(value, _CHAR_KINDS.get(value, "ord")))

    def symbol(self, value: str, out: list[Piece]) -> None:
        """`\\` followed by one non-letter: spaces, escaped characters, `\\|`, a row break."""
        if value == "\\":
            out += [Piece(";", "punct"), Piece(" ", "space")] if not self.display else [Piece("\n", "space")]
        elif value in T.SPACES:
            if T.SPACES[value]:
                out.append(Piece(T.SPACES[value], "space"))
        elif value in T.SYMBOLS:
            text, kind = T.SYMBOLS[value]
            out.append(Piece(text, "fence" if text == "‖" else kind))
        else:
            self.problems.append(f"unknown macro \\{value}")
            out.append(Piece(value))

    def command(self, name: str, out: list[Piece]) -> None:
        self.skip_spaces()  # a space after a control word only ends its name
        handler = getattr(self, f"_{name}", None) if name in _HANDLED else None
        if handler is not None:
            handler(name, out)
        elif name in T.IGNORED:
            pass
        elif name in T.SPACES:
            if T.SPACES[name]:
                out.append(Piece(T.SPACES[name], "space"))
        elif name in T.WIDE_RELATIONS:
            out += [Piece(" ", "space"), Piece(T.WIDE_RELATIONS[name], "rel"), Piece(" ", "space")]
        elif name in T.SYMBOLS:
            text, kind = T.SYMBOLS[name]
            out.append(Piece(text, "fence" if text in "|‖" and kind == "ord" else kind))
        elif name in T.FUNCTIONS:
            out.append(Piece(name, "fn"))
        elif name in T.BIG_OPERATORS:
            out.append(Piece(T.BIG_OPERATORS[name], "op"))
        elif name in T.COMBINING:
            self.accent(name, out)
        elif name in T.FONTS:
            pieces = self.argument(f"\\{name}") or []
            table = T.FONTS[name]
            out.append(replace(_merge(pieces), text="".join(table.get(c, c) for c in _join(pieces))))
        elif name in T.TEXT_FONTS:
            out.extend(self.text_font(name))
        else:
            close = difflib.get_close_matches(name, KNOWN_MACROS, n=1, cutoff=0.75)
            self.problems.append(f"unknown macro \\{name}" + (f" (did you mean \\{close[0]}?)" if close else ""))
            out.append(Piece("\\" + name))

    # -- scripts ------------------------------------------------------------------------------------------------

    def scripts(self, first: str, out: list[Piece]) -> None:
        """`^`, `_` and primes after a base (the last piece); several may follow one another."""
        while out and out[-1].kind == "space":
            out.pop()
        base = out.pop() if out else Piece("", "ord")
        scripts: dict[str, str] = {}
        primes = ""
        marker: str | None = first
        while marker is not None:
            if marker == "'":
                primes += "′"
            else:
                if marker in scripts:
                    self.problems.append("double " + ("superscript" if marker == "^" else "subscript"))
                pieces = self.argument(f"'{marker}'")
                scripts[marker] = scripts.get(marker, "") + (_join(pieces) if pieces else "")
            marker = None
            if self.next_is_script():
                self.skip_spaces()
                marker = self.tokens[self.i][1]
                self.i += 1
        out.append(_attach(base, scripts.get("_"), scripts.get("^"), primes))

    # -- macros with arguments ------------------------------------------------------------------------------------

    def _frac(self, name: str, out: list[Piece]) -> None:
        num, den = self.argument(f"\\{name}"), self.argument(f"\\{name}")
        if num is None or den is None:
            out.extend([*(num or []), *(den or [])])
            return
        top, bottom = _join(num), _join(den)
        glyph = T.FRACTION_GLYPHS.get((top, bottom))
        if glyph:
            out.append(Piece(glyph))
            return
        differential = ("d",) if top.startswith("d") else ()  # dy/dx
        top = f"({top})" if _loose(num) else top
        bottom = bottom if _atomic(den, differential) else f"({bottom})"
        out.append(Piece(f"{top}/{bottom}", "frac", atom=False))

    _dfrac = _tfrac = _cfrac = _frac

    def _binom(self, name: str, out: list[Piece]) -> None:
        n, k = self.argument(f"\\{name}"), self.argument(f"\\{name}")
        out.append(Piece(f"C({_join(n or [])},{_join(k or [])})"))

    _dbinom = _tbinom = _binom

    def _sqrt(self, name: str, out: list[Piece]) -> None:
        index = ""
        if self.skip_spaces() == ("char", "["):
            self.i += 1
            index = _join(self.items(frozenset("]")))
            if self.peek() == ("char", "]"):
                self.i += 1
            else:
                self.problems.append("'[' of \\sqrt is not closed")
        radicand = self.argument("\\sqrt")
        if radicand is None:
            return
        sign = {"": "√", "2": "√", "3": "∛", "4": "∜"}.get(index)
        if sign is None:
            sign = _script(index, T.SUPERSCRIPTS, "^")[0] + "√"
        inner = _join(radicand)
        out.append(Piece(sign + (inner if _atomic(radicand) else f"({inner})")))

    def accent(self, name: str, out: list[Piece]) -> None:
        pieces = self.argument(f"\\{name}") or []
        text, mark = _join(pieces), T.COMBINING[name]
        if text and text[0] != " " and all(c in _SCRIPT_CHARS or _combining(c) for c in text[1:]):
            out.append(replace(_merge(pieces), text=text[0] + mark + text[1:]))
        elif name in T.SPANNING:
            out.append(Piece("".join(c + mark if c != " " else c for c in text)))
        else:
            out.append(Piece(f"{name}({text})"))

    def text_font(self, name: str) -> list[Piece]:
        """`\\text{…}` and friends keep their spaces; `\\mathrm{…}` is math set upright."""
        if name.startswith("math"):
            pieces = self.argument(f"\\{name}") or []
            text = _join(pieces)
            return [Piece(text, "ord", atom=_merge(pieces).atom or text.isalpha())]
        text = self.text_argument(name)
        word = text.strip()
        pieces = [Piece(" ", "space")] if text[:1].isspace() else []
        pieces.append(Piece(word, "ord", atom=" " not in word))
        return pieces + ([Piece(" ", "space")] if text[-1:].isspace() and word else [])

    def text_argument(self, name: str) -> str:
        token = self.skip_spaces()
        if token != ("char", "{"):
            pieces = self.argument(f"\\{name}")
            return _join(pieces or [])
        self.i += 1
        depth, out = 1, []
        while (token := self.peek()) is not None:
            self.i += 1
            kind, value = token
            if token == ("char", "{"):
                depth += 1
            elif token == ("char", "}"):
                depth -= 1
                if depth == 0:
                    return re.sub(r"\s+", " ", "".join(out))
            elif kind == "space" or token == ("char", "~"):
                out.append(" ")
            elif kind == "char":
                out.append(value)
            elif value in T.SPACES:
                out.append(T.SPACES[value])
            elif value in T.SYMBOLS:
                out.append(T.SYMBOLS[value][0])
            elif kind == "cmd" and value in T.TEXT_FONTS:
                continue  # nested \textbf{…}: its braces are counted like any other
            else:
                self.problems.append(f"unknown macro \\{value} in \\{name}")
        self.problems.append("'{' is not closed")
        return "".join(out)

    def _operatorname(self, name: str, out: list[Piece]) -> None:
        if self.peek() == ("char", "*"):
            self.i += 1
        out.append(Piece(_join(self.argument(f"\\{name}") or []), "fn"))

    _mathop = _operatorname

    def _underbrace(self, name: str, out: list[Piece]) -> None:
        body = self.argument(f"\\{name}") or []
        marker = "_" if name == "underbrace" else "^"
        if self.skip_spaces() != ("char", marker):
            out.extend(body)
            return
        self.i += 1
        label = _join(self.argument(f"'{marker}'") or [])
        note = label if _bracketed(label) else f"({label})"
        out.append(Piece(f"{_join(body)} {note}", atom=False))

    _overbrace = _underbrace

    def _overset(self, name: str, out: list[Piece]) -> None:
        over = _join(self.argument(f"\\{name}") or [])
        base = _merge(self.argument(f"\\{name}") or [])
        if name != "underset" and (over, base.text) in T.OVER_RELATION:
            out.append(Piece(T.OVER_RELATION[over, base.text], "rel"))
        elif name == "underset":
            out.append(_attach(base, over, None, ""))
        else:
            out.append(_attach(base, None, over, ""))

    _underset = _stackrel = _overset

    def _xrightarrow(self, name: str, out: list[Piece]) -> None:
        below = ""
        if self.skip_spaces() == ("char", "["):
            self.i += 1
            below = _join(self.items(frozenset("]")))
            if self.peek() == ("char", "]"):
                self.i += 1
        above = _join(self.argument(f"\\{name}") or [])
        arrow = Piece("→" if name == "xrightarrow" else "←", "rel")
        out.append(_attach(arrow, below or None, above or None, ""))

    _xleftarrow = _xrightarrow

    def _pmod(self, name: str, out: list[Piece]) -> None:
        modulus = _join(self.argument("\\pmod") or [])
        out += [Piece(" ", "space"), Piece(f"(mod {modulus})")]

    def _bmod(self, name: str, out: list[Piece]) -> None:
        out += [Piece(" ", "space"), Piece("mod", "bin"), Piece(" ", "space")]

    _mod = _bmod

    def _substack(self, name: str, out: list[Piece]) -> None:
        if self.skip_spaces() != ("char", "{"):
            self.problems.append("\\substack is missing an argument")
            return
        self.i += 1
        rows = [_join(self.items(frozenset({"}", "\\"})))]
        while self.peek() == ("sym", "\\"):
            self.i += 1
            rows.append(_join(self.items(frozenset({"}", "\\"}))))
        self.group_rest()
        out.append(Piece(",".join(r for r in rows if r), atom=False))

    def _tag(self, name: str, out: list[Piece]) -> None:
        self.text_argument(name)

    _label = _color = _tag

    def _textcolor(self, name: str, out: list[Piece]) -> None:
        self.text_argument(name)
        out.extend(self.argument(f"\\{name}") or [])

    def _boxed(self, name: str, out: list[Piece]) -> None:
        inner = _join(self.argument(f"\\{name}") or [])
        out.append(Piece(f"[{inner}]"))

    def _phantom(self, name: str, out: list[Piece]) -> None:
        self.argument(f"\\{name}")
        if name != "vphantom":
            out.append(Piece(" ", "space"))

    _hphantom = _vphantom = _phantom

    def _hspace(self, name: str, out: list[Piece]) -> None:
        self.text_argument(name)
        out.append(Piece(" ", "space"))

    def _not(self, name: str, out: list[Piece]) -> None:
        pieces = self.argument("\\not") or []
        text = _join(pieces)
        negated = T.NEGATED.get(text)
        out.append(Piece(negated, "rel") if negated else replace(_merge(pieces), text=text + "\u0338"))

    # -- delimiters and environments --------------------------------------------------------------------------------

    def delimiter(self, which: str) -> str:
        token = self.skip_spaces()
        key = None
        if token is not None:
            key = token[1] if token[0] == "char" else "\\" + token[1]
        if key not in T.DELIMITERS:
            self.problems.append(f"\\{which} needs a delimiter such as ( or .")
            return ""
        self.i += 1
        return T.DELIMITERS[key]

    def _left(self, name: str, out: list[Piece]) -> None:
        opening = self.delimiter("left")
        inner = self.items(frozenset({"right"}))
        closing = ""
        if self.peek() == ("cmd", "right"):
            self.i += 1
            closing = self.delimiter("right")
        else:
            self.problems.append("\\left without \\right")
        out.append(Piece(opening + _join(inner) + closing))

    def _right(self, name: str, out: list[Piece]) -> None:
        self.problems.append("\\right without \\left")
        self.delimiter("right")

    def _middle(self, name: str, out: list[Piece]) -> None:
        out.append(Piece(self.delimiter("middle"), "rel"))

    def raw_group(self, what: str) -> str:
        if self.skip_spaces() != ("char", "{"):
            self.problems.append(f"{what} needs a name in braces")
            return ""
        self.i += 1
        name = []
        while (token := self.peek()) is not None and token != ("char", "}"):
            name.append(token[1])
            self.i += 1
        if token is None:
            self.problems.append("'{' is not closed")
        self.i += 1
        return "".join(name).strip()

    def _begin(self, name: str, out: list[Piece]) -> None:
        env = self.raw_group("\\begin")
        known = env in T.MATRICES or env in T.ALIGNED or env in T.CASES
        if not known:
            self.problems.append(f"unknown environment {env}")
        if env == "array":
            self.raw_group("\\begin{array}")
        rows: list[list[str]] = [[]]
        while True:
            rows[-1].append(_join(self.items(frozenset({"&", "\\", "end"}))).strip())
            token = self.peek()
            if token is None:
                self.problems.append(f"\\begin{{{env}}} without \\end{{{env}}}")
                break
            self.i += 1
            if token == ("sym", "\\"):
                rows.append([])
            elif token == ("cmd", "end"):
                end = self.raw_group("\\end")
                if end != env:
                    self.problems.append(f"\\begin{{{env}}} ended by \\end{{{end}}}")
                break
        if rows[-1] == [""] and len(rows) > 1:
            rows.pop()
        out.append(self.environment(env, rows))

    def environment(self, env: str, rows: list[list[str]]) -> Piece:
        if env in T.MATRICES:
            opening, closing = T.MATRICES[env]
            body = "; ".join(", ".join(row) for row in rows)
            return Piece(f"{opening}{body}{closing}", atom=bool(opening))
        if env in T.CASES:
            body = "; ".join(", ".join([row[0].rstrip(","), *row[1:]]) for row in rows)
            return Piece(f"{{{body}}}", atom=False)
        separator = "\n" if self.display else "; "
        return Piece(separator.join(" ".join(c for c in row if c) for row in rows), atom=False)

    def _end(self, name: str, out: list[Piece]) -> None:
        env = self.raw_group("\\end")
        self.problems.append(f"\\end{{{env}}} without \\begin")


_HANDLED = frozenset(
    name.removeprefix("_") for name in vars(_Parser) if name.startswith("_") and not name.startswith("__")
)
KNOWN_MACROS = T.TABLE_MACROS | _HANDLED | {"\\"}


# -- joining pieces ---------------------------------------------------------------------------------------------------


def _join(pieces: list[Piece]) -> str:
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
    kinds, open_fences = [], set()
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


def _merge(pieces: list[Piece]) -> Piece:
    """A group as one piece (a script base, an accented or styled argument)."""
    solid = [p for p in pieces if p.kind != "space"]
    if len(solid) == 1:
        return solid[0]
    return Piece(_join(pieces), "ord", atom=_atomic(pieces), tail=bool(solid) and solid[-1].tail)


def _attach(base: Piece, sub: str | None, sup: str | None, primes: str) -> Piece:
    """`base` with its scripts: Unicode sub/superscripts when every character has one, else `_x`, `^(…)`."""
    text = base.text
    if base.kind == "frac" or base.tail or (not base.atom and base.kind not in ("op", "fn") and text):
        text = f"({text})"
    sub_text, sub_tail = _script(sub, T.SUBSCRIPTS, "_") if sub else ("", False)
    sup_text, sup_tail = _script(sup, T.SUPERSCRIPTS, "^") if sup else ("", False)
    if sub_tail and (primes or sup_text[:1] not in ("", "^")):
        sub_text, sub_tail = f"_({sub_text[1:]})", False
    kind = "ord" if base.kind == "frac" else base.kind
    tail = sup_tail if sup else sub_tail
    return Piece(text + sub_text + primes + sup_text, kind, atom=True, tail=tail)


def _script(script: str, table: dict[str, str], marker: str) -> tuple[str, bool]:
    """A sub- or superscript as Unicode, or after `_`/`^` (bracketed unless it is one symbol or word)."""
    s = re.sub(r"\s*([^\w\s])\s*", r"\1", script.strip())
    s = re.sub(r"\s+", " ", s)
    if marker == "^" and s in T.AS_IS_SUPERSCRIPTS:
        return T.AS_IS_SUPERSCRIPTS[s], False
    if s and all(c in table for c in s):
        return "".join(table[c] for c in s), False
    if _bracketed(s):
        return marker + s, False
    if re.fullmatch(r"[A-Za-z]+|\d+(\.\d+)?", s) or _single_symbol(s):
        return marker + s, s[:1].isalnum()
    return f"{marker}({s})", False


def _single_symbol(text: str) -> bool:
    """One character, with any combining marks (`ŷ`, `θ`)."""
    return len(text) >= 1 and text[0] != " " and all(_combining(c) for c in text[1:])


def _combining(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _loose(pieces: list[Piece]) -> bool:
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


def _atomic(pieces: list[Piece], prefixes: tuple[str, ...] = ()) -> bool:
    """Whether a denominator, radicand or script base is one thing: a symbol (with its scripts and an
    optional ∂ ∇ √ before it), a bracketed whole, or a symbol applied to one (`q(x)`)."""
    solid = [p for p in pieces if p.kind != "space"]
    if solid and solid[0].text in _PREFIXES + prefixes and len(solid) > 1:
        solid = solid[1:]
    if not solid:
        return True
    if len(solid) == 1:
        return solid[0].atom and solid[0].kind not in ("bin", "rel", "punct", "frac", "op")
    text = _join(solid)
    if _bracketed(text):
        return True
    first = solid[0]
    return first.atom and first.kind in ("ord", "fn") and _bracketed(_join(solid[1:]))


def _bracketed(text: str) -> bool:
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
            return all(c in _SCRIPT_CHARS for c in text[i + 1 :])
    return False
