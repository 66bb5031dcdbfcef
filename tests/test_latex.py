"""LaTeX → Unicode: a golden file drawn from the shipped bank, the usual macros, and the checks on bad math."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlprep.bank.load import load_paths
from mlprep.cli.app import app
from mlprep.paths import shipped_bank
from mlprep.text.latex import KNOWN_MACROS, math_problems, math_spans, math_to_text, render_math

from bankfiles import write_text

GOLDEN = Path(__file__).parent / "data" / "latex-golden.tsv"
MACRO = re.compile(r"\\([A-Za-z]+|[^A-Za-z])")

# The usual macros beyond what the bank uses today, so that new questions find them rendered and tested.
USUAL = [
    (r"a\leq b\geq c\neq d\le e\ge f\ne g", "a≤b≥c≠d≤e≥f≠g"),
    (r"x\approx y\propto z\equiv w\sim v", "x≈y∝z≡w∼v"),
    (r"p\iff q\implies r", "p ⇔ q ⇒ r"),
    (r"a\to b\rightarrow c\leftarrow d\gets e\mapsto f\Rightarrow g", "a→b→c←d←e↦f⇒g"),
    (r"\forall x\,\exists y:\neg p\land q\lor r", "∀x ∃y:¬p∧q∨r"),
    (r"x\in A\notin B\subset C\cup D\cap E", "x∈A∉B⊂C∪D∩E"),
    (r"a\pm b\mp c\times d\cdot e", "a±b∓c×d·e"),
    (r"u\odot v\otimes w\oplus z", "u⊙v⊗w⊕z"),
    (r"1,\ldots,n,\cdots,\infty", "1,…,n,⋯,∞"),
    (r"\alpha\beta\gamma\Gamma\Delta\Omega\varepsilon\epsilon", "αβγΓΔΩεϵ"),
    (r"\mathbb{R}^n\mathbb{E}\mathcal{L}\mathcal N", "ℝⁿ𝔼ℒ𝒩"),
    (r"\mathbf{x}^\top\boldsymbol{\alpha}\mathit{if}", "𝐱ᵀ𝛂if"),
    (r"\hat{\theta}\bar{x}\tilde{y}\vec{v}\dot{x}\ddot{x}", "θ\u0302x\u0304y\u0303v\u20d7x\u0307x\u0308"),
    (r"\overline{AB}+\underline{x}", "A̅B̅+x̲"),
    (r"\sum_{i=1}^{N}\log p_i", "∑ᵢ₌₁ᴺ log pᵢ"),
    (r"\displaystyle\prod\limits_{i}p_i\int_0^1f(x)\,dx", "∏ᵢ pᵢ ∫₀¹ f(x) dx"),
    (r"\max_{x}\min_y\arg\max_k\exp(z)", "maxₓ min_y arg maxₖ exp(z)"),
    (r"\operatorname*{arg\,max}_\theta J(\theta)+\operatorname{tr}(A)", "arg max_θ J(θ)+tr(A)"),
    (r"\sigma(\partial f/\partial x)\nabla L", "σ(∂f/∂x)∇L"),
    (r"\lVert x\rVert_2=\|x\|_2,\ \langle q,k\rangle", "‖x‖₂=‖x‖₂, ⟨q,k⟩"),
    (r"\lfloor x\rfloor+\lceil y\rceil+\{a\mid b\}", "⌊x⌋+⌈y⌉+{a|b}"),
    (r"a\quad b\qquad c\;d\!e\:f", "a  b    c de f"),
    (r"\frac{a+b}{c}=\dfrac{1}{2}=\tfrac34", "(a+b)/c=½=¾"),
    (r"\frac{1}{2C}\|w\|^2", "(1/(2C))‖w‖²"),
    (r"\binom{n}{k}", "C(n,k)"),
    (r"\sqrt{x}+\sqrt{x+1}+\sqrt[3]{y}+\sqrt[n]{z}", "√x+√(x+1)+∛y+ⁿ√z"),
    (r"\text{if } x>0,\ \textbf{else}\ \mathrm{d}x", "if x>0, else dx"),
    (r"\left(\frac{a}{b}\right)^{2}+\left.\frac{dy}{dx}\right|_{x=0}", "(a/b)²+dy/dx|ₓ₌₀"),
    (r"\not\in\not=\not\subset", "∉≠⊄"),
    (r"10000^{2i/d_{model}}", "10000^(2i/d_model)"),
    (r"e^{-z}x^{(t)}_i", "e⁻ᶻxᵢ⁽ᵗ⁾"),
    (r"f(x)=\begin{cases}1, & x>0\\0, & \text{otherwise}\end{cases}", "f(x)={1, x>0; 0, otherwise}"),
    (r"\begin{bmatrix}1&2\\3&4\end{bmatrix}\begin{pmatrix}a\\b\end{pmatrix}", "[1, 2; 3, 4](a; b)"),
    (r"\begin{aligned}a&=b\\c&=d\end{aligned}", "a =b; c =d"),
    (r"\underbrace{a+b}_{\text{sum}}", "a+b (sum)"),
]


def golden() -> list[tuple[str, str]]:
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


def bank_formulas() -> list[str]:
    formulas = []
    for q in load_paths([shipped_bank()]):
        texts = [q.question, q.answer, q.explanation, q.question_en, q.answer_en, q.explanation_en]
        texts += [*q.key_points, *q.key_points_en, *q.pitfalls, *q.pitfalls_en]
        texts += [t for o in q.options for t in (o.text, o.text_en)]
        formulas += [latex for text in texts if text for _, _, latex, _ in math_spans(text)]
    return formulas


def test_golden_file() -> None:
    pairs = golden()
    assert len(pairs) >= 150
    wrong = [(latex, expected, got) for latex, expected in pairs if (got := math_to_text(latex)) != expected]
    assert wrong == []


@pytest.mark.parametrize(("latex", "text"), USUAL)
def test_usual_macros(latex: str, text: str) -> None:
    assert math_to_text(latex) == text
    assert math_problems(f"${latex}$") == []


def test_every_macro_in_the_bank_is_known_and_shown_in_a_test() -> None:
    used = {name for latex in bank_formulas() for name in MACRO.findall(latex)}
    assert used - KNOWN_MACROS == set()
    tested = {name for latex, _ in golden() + USUAL for name in MACRO.findall(latex)}
    assert used - tested == set()


def test_aligned_rows_are_lines_in_display_math() -> None:
    assert math_to_text(r"\begin{aligned}a&=b\\c&=d\end{aligned}", display=True) == "a =b\nc =d"


def test_render_math_leaves_code_alone() -> None:
    out = render_math("梯度 $\\frac{a}{b}$，代码 `x = $y$` 与 $x_i * y$\n```\n$raw$\n```")
    assert out == "梯度 a/b，代码 `x = $y$` 与 xᵢ * y\n```\n$raw$\n```"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (r"$\sqrt$", r"in $\sqrt$: \sqrt is missing an argument"),
        (r"$\frac{a}$", r"in $\frac{a}$: \frac is missing an argument"),
        (r"$\frac{a}{b$", "'{' is not closed"),
        (r"$a}$", "'}' has no matching '{'"),
        (r"$\apha$", r"unknown macro \apha (did you mean \alpha?)"),
        (r"$x^$", "'^' is missing an argument"),
        (r"$\left( x$", r"\left without \right"),
        (r"$\begin{foo}x\end{foo}$", "unknown environment foo"),
        (r"$x^a^b$", "double superscript"),
    ],
)
def test_malformed_math_is_a_problem(text: str, problem: str) -> None:
    assert any(problem in p for p in math_problems(text)), math_problems(text)
    math_to_text(text.strip("$"))  # and rendering it anyway does not fail


def test_bank_validate_reports_malformed_math(tmp_path: Path) -> None:
    path = write_text(
        tmp_path,
        """\
        questions:
          - id: bad-math
            topic: custom
            tags: []
            difficulty: easy
            question: 什么是 $\\sqrt$？
            answer: |
              答案是 $\\frac{a}$。
            key_points: [一, 二]
        """,
    )
    result = CliRunner().invoke(app, ["bank", "validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:6: question: in $\\sqrt$: \\sqrt is missing an argument" in result.stderr
    assert f"{path}:7: answer: in $\\frac{{a}}$: \\frac is missing an argument" in result.stderr
    assert "Traceback" not in result.output
