"""What a question is, independent of where it was loaded from."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

DIFFICULTIES = ("easy", "medium", "hard")
DIFFICULTY_RANK = {d: i for i, d in enumerate(DIFFICULTIES)}  # easier first
TYPES = ("open", "choice")


@dataclass(frozen=True)
class Option:
    """One option of a multiple-choice question."""

    text: str
    correct: bool
    text_en: str | None = None


@dataclass(frozen=True)
class Question:
    """A validated question; `source` is `file:line` where it is defined."""

    id: str
    topic: str
    tags: tuple[str, ...]
    difficulty: str
    question: str
    type: str = "open"
    answer: str = ""
    key_points: tuple[str, ...] = ()
    pitfalls: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()  # ids of related questions an interview may ask next
    seed: str | None = None
    options: tuple[Option, ...] = ()
    explanation: str = ""
    question_en: str | None = None
    answer_en: str | None = None
    key_points_en: tuple[str, ...] = ()
    pitfalls_en: tuple[str, ...] = ()
    explanation_en: str | None = None
    source: str = field(default="", compare=False)

    @property
    def is_choice(self) -> bool:
        return self.type == "choice"

    def in_language(self, lang: str) -> Question:
        """This question with its English text in place of the Chinese where `lang` is "en" and it exists."""
        if lang != "en":
            return self
        options = tuple(Option(o.text_en or o.text, o.correct) for o in self.options)
        return dataclasses.replace(
            self,
            question=self.question_en or self.question,
            answer=self.answer_en or self.answer,
            key_points=self.key_points_en or self.key_points,
            pitfalls=self.pitfalls_en or self.pitfalls,
            explanation=self.explanation_en or self.explanation,
            options=options,
        )

    def to_row(self) -> list[Any]:
        """The question as a JSON-ready list, field by field (compact and quick to store)."""
        row: list[Any] = [getattr(self, name) for name in _FIELDS]
        row[_OPTIONS] = [[o.text, o.correct, o.text_en] for o in self.options]
        return row

    @classmethod
    def from_row(cls, row: list[Any]) -> Question:
        data = dict(zip(_FIELDS, row, strict=True))
        data["options"] = tuple(Option(*o) for o in data["options"])
        for name in _TUPLES:
            data[name] = tuple(data[name])
        return cls(**data)


_FIELDS = tuple(f.name for f in dataclasses.fields(Question))
_OPTIONS = _FIELDS.index("options")
_TUPLES = ("tags", "key_points", "pitfalls", "refs", "follow_ups", "key_points_en", "pitfalls_en")
