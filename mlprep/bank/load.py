"""Checking question files: YAML → validated `Question`s; each problem is `file:line: field: message`.

A file is checked one question at a time (`FileCheck.entries`), so a caller can store each question as it
comes and never hold the whole file. Every value quoted in a message goes through `shown`, so a hostile
file cannot make a message long or put control characters on the terminal.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from mlprep.bank.model import DIFFICULTIES, TYPES, Option, Question
from mlprep.bank.parse import Located, LocatedList, Reader
from mlprep.bank.quote import kind, shown
from mlprep.errors import BankError
from mlprep.text.latex import math_problems

TEXT_FIELDS = (
    "topic",
    "question",
    "answer",
    "seed",
    "explanation",
    "question_en",
    "answer_en",
    "explanation_en",
)
LIST_FIELDS = ("tags", "pitfalls", "refs", "pitfalls_en")
POINT_FIELDS = ("key_points", "key_points_en")
KNOWN_FIELDS = ("id", "type", "difficulty", "options", "follow_ups", *TEXT_FIELDS, *LIST_FIELDS, *POINT_FIELDS)
REQUIRED = {
    "open": ("id", "topic", "tags", "difficulty", "question", "answer", "key_points"),
    "choice": ("id", "topic", "tags", "difficulty", "question", "options", "explanation"),
}
ONLY_FOR = {
    "answer": "open",
    "answer_en": "open",
    "key_points": "open",
    "key_points_en": "open",
    "options": "choice",
    "explanation": "choice",
    "explanation_en": "choice",
}
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*")
MAX_ID = 100  # ids are typed on the command line and listed in a column
MAX_LABEL = 100  # topics and tags
MAX_PROBLEMS = 50  # per file; past this the rest of the file is not checked
KEY_POINTS_RANGE = (2, 6)
OPTIONS_RANGE = (3, 5)
OPTION_FIELDS = ("text", "text_en", "correct")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tab and newline are text


def text_problem(value: str) -> str | None:
    """What is wrong with the content of one text value, or None: the one place every text is checked."""
    control = _CONTROL.search(value)
    if control:
        return f"contains the control character U+{ord(control.group()):04X}"
    return None


def _suggest(word: str, choices: Iterable[str]) -> str:
    if len(word) > MAX_LABEL:
        return ""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Checker:
    """Validates one question mapping, collecting problems instead of stopping at the first."""

    def __init__(self, name: str, item: Located) -> None:
        self.name, self.item = name, item
        self.problems: list[str] = []
        self.qid: str | None = None
        self.follow_ups: tuple[tuple[int, str], ...] = ()

    def problem(self, field: str, message: str, line: int | None = None) -> None:
        where = line or self.item.key_lines.get(field, self.item.line)
        self.problems.append(f"{self.name}:{where}: {shown(field, quote=False)}: {message}")

    def content(self, field: str, value: str, line: int | None = None, what: str = "") -> bool:
        """Check one text's content (`what` says which part of `field` it is); True if it is fine."""
        problem = text_problem(value)
        if problem:
            self.problem(field, f"{what}{problem}", line)
        return problem is None

    def text(self, field: str) -> str | None:
        value = self.item.get(field)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(field, f"must be text, not {kind(value)}")
            return None
        if not value.strip():
            self.problem(field, "is empty")
            return None
        if not self.content(field, value):
            return None
        return value.strip("\n") if "\n" in value else value.strip()

    def _list(self, field: str) -> LocatedList | None:
        """The field's list, or None when it is absent or not a list (reported)."""
        value = self.item.get(field)
        if value is not None and not isinstance(value, LocatedList):
            self.problem(field, f"must be a list, not {kind(value)}")
            return None
        return value

    def text_list(self, field: str) -> tuple[str, ...]:
        value = self._list(field)
        if value is None:
            return ()
        out = []
        for index, (entry, line) in enumerate(zip(value, value.lines, strict=True), 1):
            if not isinstance(entry, str) or not entry.strip():
                self.problem(field, f"item {index} must be non-empty text", line)
            elif self.content(field, entry, line, what=f"item {index} "):
                out.append(entry.strip())
        return tuple(out)

    def id_list(self, field: str) -> tuple[tuple[int, str], ...]:
        """Ids of other questions with their lines: their form is checked here, that they exist (in every
        bank in use) where duplicate ids are (`unknown_id`)."""
        value = self._list(field)
        if value is None:
            return ()
        found: dict[str, int] = {}
        for index, (entry, line) in enumerate(zip(value, value.lines, strict=True), 1):
            if not isinstance(entry, str) or len(entry) > MAX_ID or not ID_PATTERN.fullmatch(entry):
                self.problem(field, f"item {index} {shown(entry)} is not a question id", line)
            elif entry in found:
                self.problem(field, f"item {index}: '{entry}' is given twice", line)
            elif entry == self.item.get("id"):
                self.problem(field, f"item {index}: a question cannot be its own follow-up", line)
            else:
                found[entry] = line
        return tuple((line, qid) for qid, line in found.items())

    def label(self, field: str, value: Any) -> None:
        """Topics and tags are short labels."""
        if isinstance(value, str) and len(value) > MAX_LABEL:
            self.problem(field, f"{shown(value)} is {len(value)} characters long (at most {MAX_LABEL})")

    def identifier(self) -> str | None:
        """The question's id if it is well formed (reported otherwise)."""
        qid = self.item.get("id")
        if qid is None:
            return None
        if isinstance(qid, str) and len(qid) > MAX_ID:
            self.problem("id", f"{shown(qid)} is {len(qid)} characters long (at most {MAX_ID})")
        elif not isinstance(qid, str) or not ID_PATTERN.fullmatch(qid):
            self.problem("id", f"{shown(qid)} is not a slug (lowercase letters, digits, '.', '_' and '-')")
        else:
            return qid
        return None

    def options(self) -> tuple[Option, ...]:
        value = self.item.get("options")
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(o, dict) for o in value):
            self.problem("options", "must be a list of mappings with 'text' and 'correct'")
            return ()
        low, high = OPTIONS_RANGE
        if not low <= len(value) <= high:
            self.problem("options", f"needs {low}–{high} options, has {len(value)}")
        options, seen = [], set()
        for index, raw in enumerate(value, 1):
            line = getattr(raw, "line", None)
            for key in sorted(set(raw) - set(OPTION_FIELDS)):
                hint = _suggest(key, OPTION_FIELDS)
                self.problem("options", f"option {index}: unknown field {shown(key)}{hint}", line)
            text, correct, text_en = raw.get("text"), raw.get("correct"), raw.get("text_en")
            if not isinstance(text, str) or not text.strip():
                self.problem("options", f"option {index}: 'text' must be non-empty text", line)
                continue
            if not isinstance(correct, bool):
                self.problem("options", f"option {index}: 'correct' must be true or false", line)
                continue
            if text_en is not None and not isinstance(text_en, str):
                self.problem("options", f"option {index}: 'text_en' must be text, not {kind(text_en)}", line)
                continue
            if not all(self.content("options", t, line, f"option {index}: ") for t in (text, text_en or "")):
                continue
            if text.strip() in seen:
                self.problem("options", f"option {index}: duplicate option {shown(text.strip())}", line)
            seen.add(text.strip())
            options.append(Option(text.strip(), correct, text_en.strip() if text_en else None))
        if options and not any(o.correct for o in options):
            self.problem("options", "no option is marked correct: true")
        return tuple(options)

    def math(
        self, texts: dict[str, str | None], lists: dict[str, tuple[str, ...]], options: tuple[Option, ...]
    ) -> None:
        """Formulas that would not render, reported now rather than in the middle of a quiz."""
        fields: list[tuple[str, tuple[str, ...]]] = [
            (f, (t,)) for f, t in texts.items() if t and f not in ("topic", "seed")
        ]
        fields += [(f, lists[f]) for f in ("key_points", "key_points_en", "pitfalls", "pitfalls_en")]
        fields.append(("options", tuple(t for o in options for t in (o.text, o.text_en) if t)))
        for field, values in fields:
            for message in (m for value in values for m in math_problems(value)):
                self.problem(field, message)

    def check(self) -> Question | None:
        item = self.item
        for key, line in item.repeated:
            self.problem(key, "given twice in the same question", line)
        qtype = item.get("type", "open")
        if qtype not in TYPES:
            self.problem("type", f"unknown type {shown(qtype)} (expected open or choice)")
            qtype = "open"
        for field in item:
            if field not in KNOWN_FIELDS:
                self.problem(field, f"unknown field{_suggest(field, KNOWN_FIELDS)}")
            elif ONLY_FOR.get(field, qtype) != qtype:
                self.problem(field, f"not used by {qtype} questions")
        for field in REQUIRED[qtype]:
            if field not in item or item[field] is None:
                self.problem(field, "missing", item.line)
        qid = self.qid = self.identifier()
        difficulty = item.get("difficulty")
        if difficulty is not None and difficulty not in DIFFICULTIES:
            hint = _suggest(difficulty, DIFFICULTIES) if isinstance(difficulty, str) else ""
            hint = hint or " (expected easy, medium or hard)"
            self.problem("difficulty", f"unknown difficulty {shown(difficulty)}{hint}")
        texts = {f: self.text(f) for f in TEXT_FIELDS}
        lists = {f: self.text_list(f) for f in LIST_FIELDS + POINT_FIELDS}
        self.label("topic", texts["topic"])
        for tag in lists["tags"]:
            self.label("tags", tag)
        for field in POINT_FIELDS:
            low, high = KEY_POINTS_RANGE
            if field in item and isinstance(item[field], list) and not low <= len(item[field]) <= high:
                self.problem(field, f"needs {low}–{high} key points, has {len(item[field])}")
        for en, zh in (("key_points_en", "key_points"), ("pitfalls_en", "pitfalls")):
            if lists[en] and len(lists[en]) != len(lists[zh]):
                self.problem(en, f"has {len(lists[en])} items but {zh} has {len(lists[zh])}")
        options = self.options()
        self.follow_ups = self.id_list("follow_ups")
        self.math(texts, lists, options)
        if self.problems:
            return None
        return Question(
            id=qid or "",
            topic=texts["topic"] or "",
            tags=lists["tags"],
            difficulty=str(difficulty),
            question=texts["question"] or "",
            type=qtype,
            answer=texts["answer"] or "",
            key_points=lists["key_points"],
            pitfalls=lists["pitfalls"],
            refs=lists["refs"],
            follow_ups=tuple(qid for _, qid in self.follow_ups),
            seed=texts["seed"],
            options=options,
            explanation=texts["explanation"] or "",
            question_en=texts["question_en"],
            answer_en=texts["answer_en"],
            key_points_en=lists["key_points_en"],
            pitfalls_en=lists["pitfalls_en"],
            explanation_en=texts["explanation_en"],
            source=f"{self.name}:{item.line}",
        )


def unknown_id(where: str, field: str, qid: str, ids: Iterable[str]) -> str:
    """The problem of a reference (`where` is `file:line`) to an id no bank in use defines."""
    return f"{where}: {field}: no question with id '{qid}'{_suggest(qid, ids)}"


class Entry(NamedTuple):
    """One entry of a file's `questions:` list: its line, its id if well formed, the question if valid, and
    the well-formed ids its `follow_ups` name, each with its line (checked against every bank in use)."""

    line: int
    id: str | None
    question: Question | None
    follow_ups: tuple[tuple[int, str], ...] = ()


class FileCheck:
    """One bank file checked entry by entry: iterate `entries()`, then `problems` is complete."""

    def __init__(self, path: Path) -> None:
        self.path, self.name = path, str(path)
        self.problems: list[str] = []

    def entries(self) -> Iterator[Entry]:
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            self.problems.append(f"{self.name}:1: file: cannot read: {shown(exc.strerror or str(exc), quote=False)}")
            return
        reader = Reader(data, self.name, self.problems)
        try:
            for index, (line, item) in enumerate(reader.items(), 1):
                if not isinstance(item, Located):
                    self.problems.append(f"{self.name}:{line}: questions: item {index} is not a mapping")
                    continue
                checker = _Checker(self.name, item)
                question = checker.check()
                self.problems += checker.problems
                yield Entry(line, checker.qid, question, checker.follow_ups)
                if len(self.problems) >= MAX_PROBLEMS:
                    break
        except BankError as exc:
            self.problems += exc.problems
        if len(self.problems) >= MAX_PROBLEMS:
            del self.problems[MAX_PROBLEMS:]
            self.problems.append(f"{self.name}:1: file: stopped after {MAX_PROBLEMS} problems")


def load_paths(paths: Iterable[Path]) -> list[Question]:
    """Validate every file under `paths` (files or bank directories) through an in-memory cache."""
    from mlprep.bank.cache import Bank

    bank = Bank.open([p.resolve() for p in paths], None)
    try:
        return bank.questions()
    finally:
        bank.close()
