"""CJK-aware line breaking: between Chinese characters (with kinsoku), at spaces, never inside a word."""

from __future__ import annotations

import itertools

import pytest

from mlprep.text.wrap import NO_END, NO_START, can_break, text_width, wrap

CHINESE = "每个位置的输出是所有位置 value 的加权平均，权重由该位置的 query 与各个 key 的匹配程度决定（Transformer）。"


@pytest.mark.parametrize("width", range(18, 60))  # the widest unbreakable run is 17 cells
def test_chinese_fills_lines_and_keeps_every_character(width: int) -> None:
    lines = wrap(CHINESE, width)
    assert all(text_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == CHINESE.replace(" ", "")
    for line, following in itertools.pairwise(lines):
        assert following[0] not in NO_START and line[-1] not in NO_END, (line, following)
        breaks = [i for i in range(1, len(following)) if can_break(following[i - 1], following[i])]
        first = following[: (breaks or [len(following)])[0]].rstrip()  # what the line could not take
        assert text_width(line) + 1 + text_width(first) > width, (line, following)
    for word in ("value", "query", "key", "Transformer"):
        assert any(word in line for line in lines), (word, lines)


def test_english_breaks_at_spaces_only() -> None:
    assert wrap("The Transformer uses FLOPs", 12) == ["The", "Transformer", "uses FLOPs"]
    assert wrap("a\n\nb  c", 3) == ["a", "", "b", "c"]


def test_kept_span_is_not_broken_unless_wider_than_the_line() -> None:
    text = "设 x = a + b 则"
    assert wrap(text, 10) == ["设 x = a +", "b 则"]
    assert wrap(text, 10, keep=[(2, 11)]) == ["设", "x = a + b", "则"]
    assert wrap(text, 6, keep=[(2, 11)]) == ["设", "x = a", "+ b 则"]


def test_a_word_longer_than_the_line_is_folded_without_loss() -> None:
    lines = wrap("（Transformer）。", 8)
    assert "".join(lines) == "（Transformer）。" and all(text_width(line) <= 8 for line in lines)


def test_wide_characters_count_two_cells_and_combining_marks_none() -> None:
    assert text_width("中文，ŷ") == 7
    assert wrap("x̂ᵢ x̂ᵢ", 3) == ["x̂ᵢ", "x̂ᵢ"]
