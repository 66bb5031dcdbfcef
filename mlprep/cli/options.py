"""Options shared by several commands."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class Lang(str, Enum):
    zh = "zh"
    en = "en"


class Difficulty(str, Enum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


LangOption = Annotated[
    Lang | None, typer.Option("--lang", help="Language of questions and answers (default: the lang setting).")
]
BankOption = Annotated[
    list[Path] | None,
    typer.Option("--bank", help="An extra bank directory (repeatable); also $MLPREP_BANK.", show_default=False),
]
TypeOption = Annotated[bool, typer.Option("--type", help="Type your answer before it is revealed.")]
TopicOption = Annotated[str | None, typer.Option("--topic", help="Only this topic.", show_default=False)]
TagOption = Annotated[str | None, typer.Option("--tag", help="Only questions with this tag.", show_default=False)]
DifficultyOption = Annotated[
    Difficulty | None, typer.Option("--difficulty", help="Only this difficulty.", show_default=False)
]
