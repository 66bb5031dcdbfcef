"""Markdown laid out in terminal lines: hanging list items, code that keeps its indentation, display
formulas on their own lines, and tables that become row blocks rather than losing cells."""

from __future__ import annotations

from mlprep.text.markdown import columns, layout, layout_inline, plain
from mlprep.text.wrap import text_width


def lines(source: str, width: int) -> list[str]:
    out = [plain(line) for line in layout(source, width)]
    assert all(text_width(line) <= width for line in out), out
    return out


def test_list_items_hang_under_their_own_text() -> None:
    out = lines("- 第一项的文字很长很长很长很长很长\n- 第二项\n  1. 嵌套的编号项也很长很长很长", 20)
    assert out == [
        "• 第一项的文字很长很",
        "  长很长很长很长",
        "• 第二项",
        "  1. 嵌套的编号项也",
        "     很长很长很长",
    ]


def test_code_keeps_its_indentation_and_continues_long_lines() -> None:
    code = "def f(x):\n    return np.exp(-np.logaddexp(0, -x)) + other_function(argument)\n"
    out = lines(f"```python\n{code}```", 40)
    assert out[0] == "  def f(x):"
    assert out[1].startswith("      return") and all(line.startswith("      ↪ ") for line in out[2:])
    joined = "".join(line.strip().removeprefix("↪ ") for line in out[1:])
    assert joined.replace(" ", "") == code.split("\n")[1].replace(" ", "")


def test_display_formula_gets_lines_of_its_own() -> None:
    out = lines("E 步：\n$$\\gamma_{ik}=\\frac{\\pi_k}{\\sum_j\\pi_j}$$\n即责任度。", 40)
    assert out == ["E 步：", "  γᵢₖ=πₖ/(∑ⱼ πⱼ)", "即责任度。"]


def test_formulas_and_code_spans_are_not_broken() -> None:
    out = [plain(line) for line in layout_inline("很长的中文句子里有 $a + b = c$ 和 `x = y` 两段", 14)]
    assert out == ["很长的中文句子", "里有 a + b = c", "和 x = y 两段"]


def test_a_wide_table_becomes_one_block_per_row() -> None:
    table = "| 维度 | Bagging | Boosting |\n|---|---|---|\n| 样本 | 独立的 bootstrap 样本 | 串行，依赖前面的结果 |\n"
    assert lines(table, 80) == [
        "维度 │ Bagging               │ Boosting",
        "─────┼───────────────────────┼─────────────────────",
        "样本 │ 独立的 bootstrap 样本 │ 串行，依赖前面的结果",
    ]
    assert lines(table, 30) == [
        "维度 · Bagging · Boosting",
        "",
        "样本",
        "  Bagging: 独立的 bootstrap 样",
        "  本",
        "  Boosting: 串行，依赖前面的结",
        "  果",
    ]


def test_columns_never_cut_a_name() -> None:
    rows = [["drill", "topic", "title"], ["a-rather-long-drill-name", "attention", "Scaled dot-product attention"]]
    narrow = [plain(line) for line in columns(rows, 30)]
    assert "a-rather-long-drill-name" in narrow and "  topic: attention" in narrow
    wide = [plain(line) for line in columns(rows, 80)]
    assert wide[2] == "a-rather-long-drill-name │ attention │ Scaled dot-product attention"
