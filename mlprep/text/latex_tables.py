"""What each LaTeX macro becomes in plain Unicode; the renderer knows exactly the macros listed here."""

from __future__ import annotations


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "varkappa": "ϰ", "lambda": "λ",
    "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ",
    "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ",
    "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "digamma": "ϝ",
}  # fmt: skip

# name → (text, kind); kinds decide spacing and brackets (see latex.Piece).
SYMBOLS: dict[str, tuple[str, str]] = {name: (char, "ord") for name, char in GREEK.items()}
SYMBOLS.update(
    {name: (char, "rel") for name, char in {
        "ne": "≠", "neq": "≠", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "leqslant": "⩽", "geqslant": "⩾",
        "approx": "≈", "approxeq": "≊", "propto": "∝", "equiv": "≡", "sim": "∼", "simeq": "≃", "cong": "≅",
        "ll": "≪", "gg": "≫", "lesssim": "≲", "gtrsim": "≳", "prec": "≺", "succ": "≻", "preceq": "⪯",
        "succeq": "⪰", "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
        "supseteq": "⊇", "subsetneq": "⊊", "supsetneq": "⊋", "perp": "⊥", "parallel": "∥", "mid": "|",
        "nmid": "∤", "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
        "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "longrightarrow": "⟶",
        "longleftarrow": "⟵", "Longrightarrow": "⟹", "Longleftarrow": "⟸", "Longleftrightarrow": "⟺",
        "mapsto": "↦", "longmapsto": "⟼", "uparrow": "↑", "downarrow": "↓", "Uparrow": "⇑", "Downarrow": "⇓",
        "nearrow": "↗", "searrow": "↘", "rightleftharpoons": "⇌", "hookrightarrow": "↪", "vdash": "⊢",
        "models": "⊨", "coloneqq": "≔", "triangleq": "≜", "doteq": "≐", "asymp": "≍", "colon": ":",
        "neg": "¬", "lnot": "¬",
    }.items()}
)  # fmt: skip
SYMBOLS.update(
    {name: (char, "bin") for name, char in {
        "times": "×", "cdot": "·", "pm": "±", "mp": "∓", "div": "÷", "ast": "∗", "star": "⋆", "circ": "∘",
        "bullet": "•", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "ominus": "⊖", "oslash": "⊘", "cup": "∪",
        "cap": "∩", "setminus": "∖", "land": "∧", "wedge": "∧", "lor": "∨", "vee": "∨", "sqcup": "⊔",
        "sqcap": "⊓", "uplus": "⊎", "wr": "≀", "amalg": "⨿",
    }.items()}
)  # fmt: skip
SYMBOLS.update(
    {name: (char, "ord") for name, char in {
        "infty": "∞", "partial": "∂", "nabla": "∇", "forall": "∀", "exists": "∃", "nexists": "∄",
        "emptyset": "∅", "varnothing": "∅", "top": "⊤", "bot": "⊥", "prime": "′", "ell": "ℓ", "hbar": "ℏ",
        "imath": "ı", "jmath": "ȷ", "Re": "ℜ", "Im": "ℑ", "aleph": "ℵ", "wp": "℘", "angle": "∠",
        "triangle": "△", "square": "□", "Box": "□", "blacksquare": "■", "diamond": "⋄", "checkmark": "✓",
        "dagger": "†", "ddagger": "‡", "S": "§", "P": "¶", "ldots": "…", "dots": "…", "dotsc": "…",
        "dotsb": "⋯", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "|": "‖", "Vert": "‖", "vert": "|",
        "lVert": "‖", "rVert": "‖", "lvert": "|", "rvert": "|", "backslash": "\\", "because": "∵",
        "therefore": "∴", "degree": "°", "sharp": "♯", "flat": "♭", "natural": "♮", "clubsuit": "♣",
        "heartsuit": "♡", "spadesuit": "♠", "diamondsuit": "♢", "infin": "∞",
    }.items()}
)  # fmt: skip
SYMBOLS.update(
    {name: (char, "open") for name, char in {
        "langle": "⟨", "lfloor": "⌊", "lceil": "⌈", "lbrace": "{", "lbrack": "[", "{": "{",
    }.items()}
)  # fmt: skip
SYMBOLS.update(
    {name: (char, "close") for name, char in {
        "rangle": "⟩", "rfloor": "⌋", "rceil": "⌉", "rbrace": "}", "rbrack": "]", "}": "}",
    }.items()}
)  # fmt: skip
SYMBOLS.update({"_": ("_", "ord"), "%": ("%", "ord"), "#": ("#", "ord"), "&": ("&", "ord"), "$": ("$", "ord")})
# Arrows and "if and only if" that LaTeX sets with wide spaces around them.
WIDE_RELATIONS = {"iff": "⇔", "implies": "⇒", "impliedby": "⇐"}

# Operator names: upright, a space before what they apply to. `limits` ones take their scripts as limits.
FUNCTIONS = _names(
    "arccos arcsin arctan arg cos cosh cot coth csc deg det dim exp gcd hom inf ker lg lim liminf limsup ln log"
    " max min Pr sec sin sinh sup tan tanh"
)
BIG_OPERATORS = {
    "sum": "∑", "prod": "∏", "coprod": "∐", "int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮",
    "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂", "bigodot": "⨀", "bigvee": "⋁",
    "bigwedge": "⋀", "bigsqcup": "⨆", "biguplus": "⨄",
}  # fmt: skip

SPACES = {
    ",": " ", ":": " ", ";": " ", ">": " ", " ": " ", "!": "", "quad": "  ", "qquad": "    ", "enspace": " ",
    "thinspace": " ", "medspace": " ", "thickspace": " ", "negthinspace": "", "negmedspace": "",
    "negthickspace": "", "hfill": " ", "nobreakspace": " ",
}  # fmt: skip
# Sizing and style switches that change nothing in plain text (`\big(` is just `(`).
IGNORED = _names(
    "big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr bigm Bigm biggm Biggm displaystyle textstyle"
    " scriptstyle scriptscriptstyle limits nolimits nonumber notag mathstrut strut allowbreak nobreak"
    " normalsize small large Large"
)

COMBINING = {
    "hat": "\u0302", "widehat": "\u0302", "check": "\u030c", "tilde": "\u0303", "widetilde": "\u0303",
    "bar": "\u0304", "overline": "\u0305", "underline": "\u0332", "vec": "\u20d7", "overrightarrow": "\u20d7",
    "overleftarrow": "\u20d6", "dot": "\u0307", "ddot": "\u0308", "dddot": "\u20db", "acute": "\u0301",
    "grave": "\u0300", "breve": "\u0306", "mathring": "\u030a",
}  # fmt: skip
# Accents that mark every character of a longer argument (a line over or under all of it).
SPANNING = frozenset({"bar", "overline", "underline"})

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _alphabet(upper: int, lower: int | None, holes: dict[str, str], digits: int | None = None) -> dict[str, str]:
    table = {c: holes.get(c, chr(upper + i)) for i, c in enumerate(_UPPER)}
    if lower is not None:
        table |= {c: holes.get(c, chr(lower + i)) for i, c in enumerate(_LOWER)}
    if digits is not None:
        table |= {str(d): chr(digits + d) for d in range(10)}
    return table


_BOLD_GREEK = {c: chr(0x1D6C2 + i) for i, c in enumerate("αβγδεζηθικλμνξοπρςστυφχψω")} | {
    c: chr(0x1D6A8 + i) for i, c in enumerate("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡϴΣΤΥΦΧΨΩ")
}
FONTS = {
    "mathbb": _alphabet(0x1D538, 0x1D552, dict(zip("CHNPQRZ", "ℂℍℕℙℚℝℤ", strict=True)), 0x1D7D8),
    "mathcal": _alphabet(0x1D49C, 0x1D4B6, dict(zip("BEFHILMRego", "ℬℰℱℋℐℒℳℛℯℊℴ", strict=True))),
    "mathfrak": _alphabet(0x1D504, 0x1D51E, dict(zip("CHIRZ", "ℭℌℑℜℨ", strict=True))),
    "mathbf": _alphabet(0x1D400, 0x1D41A, {}, 0x1D7CE) | _BOLD_GREEK,
}
FONTS |= {"mathscr": FONTS["mathcal"], "boldsymbol": FONTS["mathbf"], "bm": FONTS["mathbf"]}
TEXT_FONTS = _names(
    "text textrm textit textbf textsf texttt textnormal emph mbox mathrm mathit mathsf mathtt mathnormal"
)

# Only the vulgar fractions every terminal font has; others are written a/b.
FRACTION_GLYPHS = {("1", "2"): "½", ("1", "3"): "⅓", ("2", "3"): "⅔", ("1", "4"): "¼", ("3", "4"): "¾"}

SUPERSCRIPTS = dict(
    zip(
        "0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεθιφχ⊤",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᶿᶥᵠᵡᵀ",
        strict=True,
    )
) | {"ϕ": "ᵠ", "ϵ": "ᵋ"}
SUBSCRIPTS = dict(
    zip("0123456789+-−=()aehijklmnoprstuvxβγρφχ", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ", strict=True)
) | {"ϕ": "ᵩ"}
# Superscripts written as they are: x^* → x*, f^\prime → f′, 90^\circ → 90°.
AS_IS_SUPERSCRIPTS = {"*": "*", "∗": "*", "′": "′", "′′": "″", "′′′": "‴", "∘": "°", "†": "†", "‡": "‡"}

NEGATED = {
    "=": "≠", "∈": "∉", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "≡": "≢", "⊂": "⊄", "⊃": "⊅", "⊆": "⊈",
    "⊇": "⊉", "∼": "≁", "≈": "≉", "|": "∤", "∥": "∦", "≃": "≄", "≅": "≇", "∃": "∄",
}  # fmt: skip
OVER_RELATION = {("def", "="): "≝", ("?", "="): "≟", ("Δ", "="): "≜", ("△", "="): "≜"}

DELIMITERS = {
    "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", ".": "", "<": "⟨", ">": "⟩",
    "\\{": "{", "\\}": "}", "\\|": "‖", "\\langle": "⟨", "\\rangle": "⟩", "\\lfloor": "⌊", "\\rfloor": "⌋",
    "\\lceil": "⌈", "\\rceil": "⌉", "\\vert": "|", "\\Vert": "‖", "\\lvert": "|", "\\rvert": "|",
    "\\lVert": "‖", "\\rVert": "‖", "\\lbrace": "{", "\\rbrace": "}", "\\lbrack": "[", "\\rbrack": "]",
    "\\backslash": "\\", "\\uparrow": "↑", "\\downarrow": "↓",
}  # fmt: skip

MATRICES = {
    "matrix": ("", ""), "smallmatrix": ("", ""), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"),
    "Bmatrix": ("{", "}"), "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"), "array": ("", ""),
}  # fmt: skip
ALIGNED = _names(
    "aligned align align* alignat alignat* gathered gather gather* split multline multline* eqnarray eqnarray*"
    " equation equation*"
)
CASES = frozenset({"cases", "dcases", "rcases"})

# Every macro named in these tables (the parser adds those it handles itself, with arguments).
TABLE_MACROS = frozenset(
    {*SYMBOLS, *WIDE_RELATIONS, *FUNCTIONS, *BIG_OPERATORS, *SPACES, *IGNORED, *COMBINING, *FONTS, *TEXT_FONTS}
)
