"""Options shared by several commands."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from mlprep.errors import MlprepError, UsageError

if TYPE_CHECKING:
    from mlprep.bank.cache import Bank, Filters


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
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
DifficultyOption = Annotated[
    Difficulty | None, typer.Option("--difficulty", help="Only this difficulty.", show_default=False)
]


def no_match(bank: Bank, filters: Filters) -> MlprepError:
    """The error for filters that select nothing: for a topic or tag the bank does not have, the closest
    ones it has (one line, so a typo is fixed at a glance)."""
    wanted = ", ".join(f"--{k} {v}" for k, v in vars(filters).items() if v)
    hints = []
    if filters.topic or filters.tag:
        names = {"topic": list(bank.topic_counts()), "tag": list(bank.tag_counts())}
        if filters.topic:
            hints += _closest("topic", filters.topic, names["topic"], names["tag"])
        if filters.tag:
            hints += _closest("tag", filters.tag, names["tag"], names["topic"])
    return MlprepError(f"no questions match {wanted}" + "".join(f"; {hint}" for hint in hints))


def _closest(option: str, value: str, names: list[str], others: list[str]) -> list[str]:
    """A hint for `--option value` unless `value` is one of `names` (case-insensitively): the closest names;
    else, for a topic that is a tag or a tag that is a topic, the other option; else every topic, or where
    to find the tags (there are too many to list)."""
    import difflib

    by_lower = {name.lower(): name for name in names}
    if value.lower() in by_lower:
        return []
    close = [by_lower[n] for n in difflib.get_close_matches(value.lower(), list(by_lower), n=3)]
    other = "tag" if option == "topic" else "topic"
    if close:
        listed = close[0] if len(close) == 1 else f"{', '.join(close[:-1])} or {close[-1]}"
        return [f"did you mean --{option} {listed}?"]
    if value.lower() in {name.lower() for name in others}:
        return [f"{value} is a {other}: --{other} {value}"]
    if option == "topic":
        return [f"topics: {', '.join(names)}"]
    return [f"no tag like '{value}' (mlprep bank tags lists them)"]


def lang_value(lang: Lang | None) -> str:
    """--lang, else the `lang` setting."""
    from mlprep import config

    return lang.value if lang is not None else str(config.get("lang"))


def open_csv(path: Path, option: str) -> TextIO:
    """A CSV file to write, UTF-8 with a BOM so spreadsheets read Chinese correctly; a path that cannot be
    written is a usage error naming `option`."""
    try:
        return path.open("w", newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"{option}: cannot write {path}: {exc.strerror}") from None
