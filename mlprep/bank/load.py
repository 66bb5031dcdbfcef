"""Reading question files: YAML → validated `Question`s; each problem is `file:line: field: message`."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from mlprep.bank.model import DIFFICULTIES, TYPES, Option, Question
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
KNOWN_FIELDS = ("id", "type", "difficulty", "options", *TEXT_FIELDS, *LIST_FIELDS, *POINT_FIELDS)
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
KEY_POINTS_RANGE = (2, 6)
OPTIONS_RANGE = (3, 5)


class Located(dict):
    """A YAML mapping that remembers the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]
    repeated: list[tuple[str, int]]


def _loader() -> type:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[misc, valid-type]
        pass

    def construct_map(loader: Any, node: Any) -> Iterator[Located]:
        data = Located()
        data.line = node.start_mark.line + 1
        data.key_lines, data.repeated = {}, []
        yield data
        for key_node, _ in node.value:
            key, line = str(key_node.value), key_node.start_mark.line + 1
            if key in data.key_lines:
                data.repeated.append((key, line))
            data.key_lines.setdefault(key, line)
        data.update(loader.construct_mapping(node))

    LineLoader.add_constructor("tag:yaml.org,2002:map", construct_map)
    return LineLoader


_LOADER: type | None = None


def parse_yaml(text: str, name: str) -> Any:
    """Parse YAML text, turning syntax errors into `BankError` with the file and line."""
    import yaml

    global _LOADER
    if _LOADER is None:
        _LOADER = _loader()
    try:
        return yaml.load(text, Loader=_LOADER)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise BankError([f"{name}:{line}: yaml: {exc.problem or exc.context}"]) from None
    except yaml.YAMLError as exc:
        raise BankError([f"{name}:1: yaml: {exc}"]) from None


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Checker:
    """Validates one question mapping, collecting problems instead of stopping at the first."""

    def __init__(self, name: str, item: Located) -> None:
        self.name, self.item, self.problems = name, item, []

    def problem(self, field: str, message: str, line: int | None = None) -> None:
        where = line or self.item.key_lines.get(field, self.item.line)
        self.problems.append(f"{self.name}:{where}: {field}: {message}")

    def text(self, field: str) -> str | None:
        value = self.item.get(field)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(field, f"must be text, not {type(value).__name__}")
            return None
        if not value.strip():
            self.problem(field, "is empty")
            return None
        return value.strip("\n") if "\n" in value else value.strip()

    def text_list(self, field: str) -> tuple[str, ...]:
        value = self.item.get(field)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(field, f"must be a list, not {type(value).__name__}")
            return ()
        out = []
        for index, entry in enumerate(value, 1):
            if not isinstance(entry, str) or not entry.strip():
                self.problem(field, f"item {index} must be non-empty text")
            else:
                out.append(entry.strip())
        return tuple(out)

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
            unknown = set(raw) - {"text", "text_en", "correct"}
            for key in sorted(unknown):
                self.problem(
                    "options",
                    f"option {index}: unknown field '{key}'{_suggest(key, ['text', 'text_en', 'correct'])}",
                    line,
                )
            text, correct = raw.get("text"), raw.get("correct")
            if not isinstance(text, str) or not text.strip():
                self.problem("options", f"option {index}: 'text' must be non-empty text", line)
                continue
            if not isinstance(correct, bool):
                self.problem("options", f"option {index}: 'correct' must be true or false", line)
                continue
            if text.strip() in seen:
                self.problem("options", f"option {index}: duplicate option '{text.strip()}'", line)
            seen.add(text.strip())
            text_en = raw.get("text_en")
            options.append(Option(text.strip(), correct, text_en.strip() if isinstance(text_en, str) else None))
        if options and not any(o.correct for o in options):
            self.problem("options", "no option is marked correct: true")
        return tuple(options)

    def math(
        self, texts: dict[str, str | None], lists: dict[str, tuple[str, ...]], options: tuple[Option, ...]
    ) -> None:
        """Formulas that would not render, reported now rather than in the middle of a quiz."""
        fields = [(f, (t,)) for f, t in texts.items() if t and f not in ("topic", "seed")]
        fields += [(f, lists[f]) for f in ("key_points", "key_points_en", "pitfalls", "pitfalls_en")]
        fields.append(("options", tuple(t for o in options for t in (o.text, o.text_en) if t)))
        for field, values in fields:
            for message in (m for value in values for m in math_problems(value)):
                self.problem(field, message)

    def check(self) -> Question | None:
        item = self.item
        for key, line in item.repeated:
            self.problem(key, "given twice in the same question", line)
        kind = item.get("type", "open")
        if kind not in TYPES:
            self.problem("type", f"unknown type '{kind}' (expected open or choice)")
            kind = "open"
        for field in item:
            if field not in KNOWN_FIELDS:
                self.problem(field, f"unknown field{_suggest(field, KNOWN_FIELDS)}")
            elif ONLY_FOR.get(field, kind) != kind:
                self.problem(field, f"not used by {kind} questions")
        for field in REQUIRED[kind]:
            if field not in item or item[field] is None:
                self.problem(field, "missing", item.line)
        qid = item.get("id")
        if qid is not None and (not isinstance(qid, str) or not ID_PATTERN.fullmatch(qid)):
            self.problem("id", f"'{qid}' is not a slug (lowercase letters, digits, '.', '_' and '-')")
        difficulty = item.get("difficulty")
        if difficulty is not None and difficulty not in DIFFICULTIES:
            hint = _suggest(str(difficulty), DIFFICULTIES) or " (expected easy, medium or hard)"
            self.problem("difficulty", f"unknown difficulty '{difficulty}'{hint}")
        texts = {f: self.text(f) for f in TEXT_FIELDS}
        lists = {f: self.text_list(f) for f in LIST_FIELDS + POINT_FIELDS}
        for field in POINT_FIELDS:
            low, high = KEY_POINTS_RANGE
            if field in item and isinstance(item[field], list) and not low <= len(item[field]) <= high:
                self.problem(field, f"needs {low}–{high} key points, has {len(item[field])}")
        for en, zh in (("key_points_en", "key_points"), ("pitfalls_en", "pitfalls")):
            if lists[en] and len(lists[en]) != len(lists[zh]):
                self.problem(en, f"has {len(lists[en])} items but {zh} has {len(lists[zh])}")
        options = self.options()
        self.math(texts, lists, options)
        if self.problems:
            return None
        return Question(
            id=qid,
            topic=texts["topic"],
            tags=lists["tags"],
            difficulty=difficulty,
            question=texts["question"],
            type=kind,
            answer=texts["answer"] or "",
            key_points=lists["key_points"],
            pitfalls=lists["pitfalls"],
            refs=lists["refs"],
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


def load_text(text: str, name: str) -> list[Question]:
    """Validate one file's text (ids are checked across files by the caller); raise `BankError` or return."""
    data = parse_yaml(text, name)
    if not isinstance(data, dict) or "questions" not in data:
        raise BankError([f"{name}:1: questions: missing (a bank file is a mapping with a 'questions:' list)"])
    extra = [k for k in data if k != "questions"]
    problems = [f"{name}:{data.key_lines.get(k, 1)}: {k}: unknown top-level field" for k in extra]
    items = data["questions"]
    if not isinstance(items, list):
        raise BankError([*problems, f"{name}:{data.key_lines['questions']}: questions: must be a list"])
    questions = []
    for index, item in enumerate(items, 1):
        if not isinstance(item, Located):
            problems.append(f"{name}:{data.key_lines['questions']}: questions: item {index} is not a mapping")
            continue
        checker = _Checker(name, item)
        question = checker.check()
        problems += checker.problems
        if question is not None:
            questions.append(question)
    if problems:
        raise BankError(problems)
    return questions


def load_file(path: Path) -> list[Question]:
    """Validate one bank file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BankError([f"{path}:1: file: cannot read: {exc}"]) from None
    return load_text(text, str(path))


def bank_files(directory: Path) -> list[Path]:
    """The question files of one bank directory, in a stable order."""
    if directory.is_file():
        return [directory]
    return sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def find_duplicates(questions: Iterable[Question]) -> list[str]:
    """One problem line for each id defined in more than one place."""
    first: dict[str, Question] = {}
    problems = []
    for q in questions:
        if q.id in first:
            problems.append(f"{q.source}: id: duplicate id '{q.id}' (also at {first[q.id].source})")
        else:
            first[q.id] = q
    return problems


def load_paths(paths: Iterable[Path]) -> list[Question]:
    """Validate every file under `paths` (files or bank directories), reporting all problems together."""
    questions: list[Question] = []
    problems: list[str] = []
    for root in paths:
        if not root.exists():
            problems.append(f"{root}:1: path: does not exist")
            continue
        for path in bank_files(root):
            try:
                questions += load_file(path)
            except BankError as exc:
                problems += exc.problems
    problems += find_duplicates(questions)
    if problems:
        raise BankError(problems)
    return questions
