"""Small bank files for tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

OPEN_QUESTION = """\
  - id: {id}
    topic: {topic}
    tags: [basics]
    difficulty: easy
    question: 什么是 {id}？
    question_en: What is {id}?
    answer: |
      {id} 是一个测试问题，梯度为 $\\frac{{\\partial L}}{{\\partial W}}$。
    answer_en: |
      {id} is a test question; the gradient is $\\frac{{\\partial L}}{{\\partial W}}$.
    key_points: [测试问题, 梯度]
    key_points_en: [test question, gradient]
"""

CHOICE_QUESTION = """\
  - id: {id}
    type: choice
    topic: {topic}
    tags: [basics]
    difficulty: medium
    question: 哪些是正确的？
    question_en: Which are true?
    options:
      - text: 正确一
        text_en: true one
        correct: true
      - text: 错误
        text_en: wrong
        correct: false
      - text: 正确二
        text_en: true two
        correct: true
    explanation: 一和二正确。
    explanation_en: One and two are true.
"""


def write_bank(
    directory: Path,
    name: str = "custom.yaml",
    ids: tuple[str, ...] = ("q-one",),
    choice_ids: tuple[str, ...] = (),
    topic: str = "custom",
) -> Path:
    """A valid bank file with open questions `ids` and choice questions `choice_ids`."""
    directory.mkdir(parents=True, exist_ok=True)
    body = "questions:\n"
    body += "".join(OPEN_QUESTION.format(id=i, topic=topic) for i in ids)
    body += "".join(CHOICE_QUESTION.format(id=i, topic=topic) for i in choice_ids)
    path = directory / name
    path.write_text(body, encoding="utf-8")
    return path


def write_text(directory: Path, text: str, name: str = "bad.yaml") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path
