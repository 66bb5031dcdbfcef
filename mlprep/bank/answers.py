"""Judging what a learner typed: key points covered by a free answer, and multiple-choice letters."""

from __future__ import annotations

import re

from mlprep.bank.model import Question

LETTERS = "abcdefghij"
COVERED_AT = 0.6
_LATIN_WORD = re.compile(r"[a-z0-9]+")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _units(text: str) -> set[str]:
    """Comparable pieces of text: stemmed Latin words and Chinese character bigrams (single characters
    where a run of Chinese is one character long)."""
    text = text.lower()
    units = {_stem(w) for w in _LATIN_WORD.findall(text)}
    for run in _HAN_RUN.findall(text):
        units.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    return units


def covered_points(typed: str, key_points: tuple[str, ...]) -> list[bool]:
    """For each key point, whether the typed answer contains most of it (a best-effort match that works
    for Chinese and English alike and ignores word order, punctuation and LaTeX markup)."""
    got = _units(typed)
    result = []
    for point in key_points:
        wanted = _units(point)
        result.append(bool(wanted) and len(wanted & got) / len(wanted) >= COVERED_AT)
    return result


def parse_choice(text: str, option_count: int) -> set[int] | None:
    """Option letters such as `a`, `AC` or `b, d` → zero-based indexes; None if anything else was typed."""
    letters = re.sub(r"[\s,，、;/]+", "", text.lower())
    valid = LETTERS[:option_count]
    if not letters or any(ch not in valid for ch in letters):
        return None
    return {valid.index(ch) for ch in letters}


def choice_is_right(question: Question, selected: set[int]) -> bool:
    """Right means every correct option chosen and no wrong one."""
    return selected == {i for i, option in enumerate(question.options) if option.correct}
