"""Bank YAML → plain values, one question at a time, built from libyaml's event stream.

`yaml.load` would build the whole document before anything is checked, expand aliases wherever an
error message prints them, and construct every scalar type. Reading events instead keeps one question in
memory at a time, refuses an anchor or alias at the first one (nothing is ever expanded), bounds nesting,
and constructs only what a bank uses: text, true/false and null; any other scalar stays an `Other`.
Errors carry the real line: libyaml reports bad bytes by offset, which is turned into a line here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from mlprep.bank.quote import shown
from mlprep.errors import BankError

MAX_DEPTH = 16  # a bank file needs 5 levels (file, questions, question, options, option)
_YAML = "tag:yaml.org,2002:"
_STR, _BOOL, _NULL = _YAML + "str", _YAML + "bool", _YAML + "null"
_COLLECTION_TAGS = (None, "!", _YAML + "seq", _YAML + "map")
_SCALAR_TAGS = {_YAML + name for name in ("str", "bool", "null", "int", "float", "timestamp")}
_BOOLS = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}


class Located(dict):
    """A YAML mapping that remembers the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]
    repeated: list[tuple[str, int]]


class LocatedList(list):
    """A YAML sequence that remembers the line of each item."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[int] = []


@dataclass(frozen=True)
class Other:
    """A scalar of a type banks never use (a number, a date…), kept as its text and its YAML type."""

    kind: str
    text: str


class Reader:
    """The entries of a bank file's `questions:` list, read one at a time.

    What is wrong with the file's outer structure is appended to `problems` as it is found. A YAML
    syntax error, an anchor, an alias or an unknown tag raises `BankError` at once.
    """

    def __init__(self, data: bytes, name: str, problems: list[str]) -> None:
        import yaml

        self.data, self.name, self.problems = data, name, problems
        self._yaml = yaml
        self._events = yaml.CSafeLoader(data)
        self._resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers

    def items(self) -> Iterator[tuple[int, Any]]:
        """Each entry of `questions:` with the line it starts on."""
        try:
            yield from self._document()
        except self._yaml.YAMLError as exc:
            raise BankError([self._yaml_problem(exc)]) from None
        finally:
            self._events.dispose()

    def _document(self) -> Iterator[tuple[int, Any]]:
        self._next()  # StreamStartEvent
        if isinstance(self._next(), self._yaml.StreamEndEvent):  # else DocumentStartEvent
            self._missing()
            return
        root = self._next()
        if isinstance(root, self._yaml.MappingStartEvent):
            self._check_node(root, 1)
            yield from self._top_level()
        else:
            self._skip(root, 1)
            self._missing()
        self._next()  # DocumentEndEvent
        event = self._next()
        if not isinstance(event, self._yaml.StreamEndEvent):
            self._fail(event, "expected a single document in the stream")

    def _top_level(self) -> Iterator[tuple[int, Any]]:
        found = False
        while not isinstance(event := self._next(), self._yaml.MappingEndEvent):
            key, line = self._key(event), event.start_mark.line + 1
            value = self._next()
            if key != "questions":
                self.problems.append(f"{self.name}:{line}: {shown(key, quote=False)}: unknown top-level field")
                self._skip(value, 2)
            elif found:
                self.problems.append(f"{self.name}:{line}: questions: given twice")
                self._skip(value, 2)
            elif not isinstance(value, self._yaml.SequenceStartEvent):
                found = True
                self.problems.append(f"{self.name}:{line}: questions: must be a list")
                self._skip(value, 2)
            else:
                found = True
                self._check_node(value, 2)
                while not isinstance(item := self._next(), self._yaml.SequenceEndEvent):
                    yield item.start_mark.line + 1, self._value(item, 3)
        if not found:
            self._missing()

    def _missing(self) -> None:
        self.problems.append(f"{self.name}:1: questions: missing (a bank file is a mapping with a 'questions:' list)")

    def _next(self) -> Any:
        return self._events.get_event()

    def _value(self, event: Any, depth: int) -> Any:
        """The value whose first event is `event`, its events consumed."""
        yaml = self._yaml
        self._check_node(event, depth)
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(event)
        if isinstance(event, yaml.SequenceStartEvent):
            values = LocatedList()
            while not isinstance(item := self._next(), yaml.SequenceEndEvent):
                values.lines.append(item.start_mark.line + 1)
                values.append(self._value(item, depth + 1))
            return values
        mapping = Located()
        mapping.line, mapping.key_lines, mapping.repeated = event.start_mark.line + 1, {}, []
        while not isinstance(item := self._next(), yaml.MappingEndEvent):
            key, line = self._key(item), item.start_mark.line + 1
            if key in mapping.key_lines:
                mapping.repeated.append((key, line))
            else:
                mapping.key_lines[key] = line
            mapping[key] = self._value(self._next(), depth + 1)
        return mapping

    def _skip(self, event: Any, depth: int) -> None:
        """Consume the value whose first event is `event`, still refusing anchors, aliases and tags."""
        self._check_node(event, depth)
        if isinstance(event, self._yaml.ScalarEvent):
            self._scalar(event)
            return
        sequence = isinstance(event, self._yaml.SequenceStartEvent)
        end = self._yaml.SequenceEndEvent if sequence else self._yaml.MappingEndEvent
        while not isinstance(item := self._next(), end):
            self._skip(item, depth + 1)

    def _key(self, event: Any) -> str:
        self._check_node(event, 0)
        if not isinstance(event, self._yaml.ScalarEvent):
            self._fail(event, "a mapping key must be text")
        return event.value

    def _check_node(self, event: Any, depth: int) -> None:
        if isinstance(event, self._yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            self._fail(event, "anchors and aliases are not allowed in bank files")
        if depth > MAX_DEPTH:
            self._fail(event, f"nested more than {MAX_DEPTH} levels deep")
        if not isinstance(event, self._yaml.ScalarEvent) and event.tag not in _COLLECTION_TAGS:
            self._fail(event, f"tag {_short(event.tag)} is not allowed in bank files")

    def _scalar(self, event: Any) -> Any:
        value, tag = event.value, event.tag
        if tag is None or tag == "!":
            tag = _STR
            if event.implicit[0]:
                for candidate, pattern in self._resolvers.get(value[:1], ()):
                    if pattern.match(value):
                        tag = candidate
                        break
        elif tag not in _SCALAR_TAGS:
            self._fail(event, f"tag {_short(tag)} is not allowed in bank files")
        if tag == _STR:
            return value
        if tag == _BOOL and value.lower() in _BOOLS:
            return _BOOLS[value.lower()]
        if tag == _NULL:
            return None
        return Other(tag.removeprefix(_YAML), value)

    def _fail(self, event: Any, message: str) -> None:
        raise BankError([f"{self.name}:{event.start_mark.line + 1}: yaml: {message}"])

    def _yaml_problem(self, exc: Exception) -> str:
        """One `file:line: yaml: message` line; bad bytes are located by their offset in the file."""
        position = getattr(exc, "position", None)
        if position is not None:  # a ReaderError: invalid UTF-8 or a control character
            line = self.data.count(b"\n", 0, position) + 1
            character = getattr(exc, "character", None)
            what = f" (byte 0x{character:02x})" if isinstance(character, int) else ""
            return f"{self.name}:{line}: yaml: {exc.reason}{what}"  # type: ignore[attr-defined]
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 1
        message = getattr(exc, "problem", None) or getattr(exc, "context", None) or str(exc)
        return f"{self.name}:{line}: yaml: {shown(message, quote=False)}"


def _short(tag: str) -> str:
    """A tag as it is written in YAML (`!!str`), quoted and cut."""
    return shown("!!" + tag.removeprefix(_YAML) if tag.startswith(_YAML) else tag)
