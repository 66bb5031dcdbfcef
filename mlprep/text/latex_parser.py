"""The parser behind `mlprep.text.latex`: recursive descent over the tokens of one formula, rendering as it
goes and collecting problems (unknown macro, missing argument, unbalanced braces) instead of stopping."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace

from mlprep.text import latex_tables as T
from mlprep.text.latex_pieces import (
    SCRIPT_CHARS,
    Piece,
    atomic,
    attach,
    bracketed,
    combining,
    join,
    loose,
    merge,
    script,
)

_TOKEN = re.compile(r"\\([A-Za-z]+)|\\(.)|(\s+)|(.)", re.DOTALL)
_KINDS = {1: "cmd", 2: "sym", 3: "space", 4: "char"}
_CHAR_KINDS = {
    **dict.fromkeys("+-*/", "bin"),
    **dict.fromkeys("=<>", "rel"),
    **dict.fromkeys(",;:", "punct"),
    **dict.fromkeys("([", "open"),
    **dict.fromkeys(")]!", "close"),
    "|": "fence",
}
Token = tuple[str, str]


class Parser:
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
            out.append(merge(group)) if self.next_is_script() else out.extend(group)
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
        handler = getattr(self, f"_{name}", None) if name in HANDLED else None
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
            out.append(replace(merge(pieces), text="".join(table.get(c, c) for c in join(pieces))))
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
                scripts[marker] = scripts.get(marker, "") + (join(pieces) if pieces else "")
            marker = None
            if self.next_is_script():
                self.skip_spaces()
                marker = self.tokens[self.i][1]
                self.i += 1
        out.append(attach(base, scripts.get("_"), scripts.get("^"), primes))

    # -- macros with arguments ------------------------------------------------------------------------------------

    def _frac(self, name: str, out: list[Piece]) -> None:
        num, den = self.argument(f"\\{name}"), self.argument(f"\\{name}")
        if num is None or den is None:
            out.extend([*(num or []), *(den or [])])
            return
        top, bottom = join(num), join(den)
        glyph = T.FRACTION_GLYPHS.get((top, bottom))
        if glyph:
            out.append(Piece(glyph))
            return
        differential = ("d",) if top.startswith("d") else ()  # dy/dx
        top = f"({top})" if loose(num) else top
        bottom = bottom if atomic(den, differential) else f"({bottom})"
        out.append(Piece(f"{top}/{bottom}", "frac", atom=False))

    _dfrac = _tfrac = _cfrac = _frac

    def _binom(self, name: str, out: list[Piece]) -> None:
        n, k = self.argument(f"\\{name}"), self.argument(f"\\{name}")
        out.append(Piece(f"C({join(n or [])},{join(k or [])})"))

    _dbinom = _tbinom = _binom

    def _sqrt(self, name: str, out: list[Piece]) -> None:
        index = ""
        if self.skip_spaces() == ("char", "["):
            self.i += 1
            index = join(self.items(frozenset("]")))
            if self.peek() == ("char", "]"):
                self.i += 1
            else:
                self.problems.append("'[' of \\sqrt is not closed")
        radicand = self.argument("\\sqrt")
        if radicand is None:
            return
        sign = {"": "√", "2": "√", "3": "∛", "4": "∜"}.get(index)
        if sign is None:
            sign = script(index, T.SUPERSCRIPTS, "^")[0] + "√"
        inner = join(radicand)
        out.append(Piece(sign + (inner if atomic(radicand) else f"({inner})")))

    def accent(self, name: str, out: list[Piece]) -> None:
        pieces = self.argument(f"\\{name}") or []
        text, mark = join(pieces), T.COMBINING[name]
        if text and text[0] != " " and all(c in SCRIPT_CHARS or combining(c) for c in text[1:]):
            out.append(replace(merge(pieces), text=text[0] + mark + text[1:]))
        elif name in T.SPANNING:
            out.append(Piece("".join(c + mark if c != " " else c for c in text)))
        else:
            out.append(Piece(f"{name}({text})"))

    def text_font(self, name: str) -> list[Piece]:
        """`\\text{…}` and friends keep their spaces; `\\mathrm{…}` is math set upright."""
        if name.startswith("math"):
            pieces = self.argument(f"\\{name}") or []
            text = join(pieces)
            return [Piece(text, "ord", atom=merge(pieces).atom or text.isalpha())]
        text = self.text_argument(name)
        word = text.strip()
        pieces = [Piece(" ", "space")] if text[:1].isspace() else []
        pieces.append(Piece(word, "ord", atom=" " not in word))
        return pieces + ([Piece(" ", "space")] if text[-1:].isspace() and word else [])

    def text_argument(self, name: str) -> str:
        token = self.skip_spaces()
        if token != ("char", "{"):
            pieces = self.argument(f"\\{name}")
            return join(pieces or [])
        self.i += 1
        depth = 1
        out: list = []
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
        out.append(Piece(join(self.argument(f"\\{name}") or []), "fn"))

    _mathop = _operatorname

    def _underbrace(self, name: str, out: list[Piece]) -> None:
        body = self.argument(f"\\{name}") or []
        marker = "_" if name == "underbrace" else "^"
        if self.skip_spaces() != ("char", marker):
            out.extend(body)
            return
        self.i += 1
        label = join(self.argument(f"'{marker}'") or [])
        note = label if bracketed(label) else f"({label})"
        out.append(Piece(f"{join(body)} {note}", atom=False))

    _overbrace = _underbrace

    def _overset(self, name: str, out: list[Piece]) -> None:
        over = join(self.argument(f"\\{name}") or [])
        base = merge(self.argument(f"\\{name}") or [])
        if name != "underset" and (over, base.text) in T.OVER_RELATION:
            out.append(Piece(T.OVER_RELATION[over, base.text], "rel"))
        elif name == "underset":
            out.append(attach(base, over, None, ""))
        else:
            out.append(attach(base, None, over, ""))

    _underset = _stackrel = _overset

    def _xrightarrow(self, name: str, out: list[Piece]) -> None:
        below = ""
        if self.skip_spaces() == ("char", "["):
            self.i += 1
            below = join(self.items(frozenset("]")))
            if self.peek() == ("char", "]"):
                self.i += 1
        above = join(self.argument(f"\\{name}") or [])
        arrow = Piece("→" if name == "xrightarrow" else "←", "rel")
        out.append(attach(arrow, below or None, above or None, ""))

    _xleftarrow = _xrightarrow

    def _pmod(self, name: str, out: list[Piece]) -> None:
        modulus = join(self.argument("\\pmod") or [])
        out += [Piece(" ", "space"), Piece(f"(mod {modulus})")]

    def _bmod(self, name: str, out: list[Piece]) -> None:
        out += [Piece(" ", "space"), Piece("mod", "bin"), Piece(" ", "space")]

    _mod = _bmod

    def _substack(self, name: str, out: list[Piece]) -> None:
        if self.skip_spaces() != ("char", "{"):
            self.problems.append("\\substack is missing an argument")
            return
        self.i += 1
        rows = [join(self.items(frozenset({"}", "\\"})))]
        while self.peek() == ("sym", "\\"):
            self.i += 1
            rows.append(join(self.items(frozenset({"}", "\\"}))))
        self.group_rest()
        out.append(Piece(",".join(r for r in rows if r), atom=False))

    def _tag(self, name: str, out: list[Piece]) -> None:
        self.text_argument(name)

    _label = _color = _tag

    def _textcolor(self, name: str, out: list[Piece]) -> None:
        self.text_argument(name)
        out.extend(self.argument(f"\\{name}") or [])

    def _boxed(self, name: str, out: list[Piece]) -> None:
        inner = join(self.argument(f"\\{name}") or [])
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
        text = join(pieces)
        negated = T.NEGATED.get(text)
        out.append(Piece(negated, "rel") if negated else replace(merge(pieces), text=text + "\u0338"))

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
        out.append(Piece(opening + join(inner) + closing))

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
            rows[-1].append(join(self.items(frozenset({"&", "\\", "end"}))).strip())
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


HANDLED = frozenset(
    name.removeprefix("_") for name in vars(Parser) if name.startswith("_") and not name.startswith("__")
)
KNOWN_MACROS = T.TABLE_MACROS | HANDLED | {"\\"}
