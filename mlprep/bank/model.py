"""What a question is, independent of where it was loaded from."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

DIFFICULTIES = ("easy", "medium", "hard")
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

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        data = dict(data)
        data["options"] = tuple(Option(**o) for o in data.get("options", ()))
        for name in ("tags", "key_points", "pitfalls", "refs", "key_points_en", "pitfalls_en"):
            data[name] = tuple(data.get(name, ()))
        return cls(**data)
