"""Finding drills and loading their parts: metadata, prompt, cases, reference and known-bug mutants.

A drill is a directory `drills/NAME/` holding drill.yaml (title, topic, difficulty, functions, hints),
prompt.md, starter.py, reference.py, cases.py (`OUTPUTS` and `cases()`), mutants/*.py (each a
docstring naming the bug, and the functions it changes) and alternatives/*.py (other correct solutions).
Everything here is trusted code shipped with mlprep; the learner's file is never loaded in this process.
"""

from __future__ import annotations

import ast
import difflib
import functools
import types
from dataclasses import dataclass
from pathlib import Path

from mlprep import paths
from mlprep.errors import MlprepError, UsageError
from mlprep.grader.model import Case, Out

FIELDS = ("title", "topic", "difficulty", "functions", "hints")


@dataclass(frozen=True)
class Meta:
    """What drill.yaml says about a drill."""

    title: str
    topic: str
    difficulty: str
    functions: tuple[str, ...]
    hints: tuple[str, ...]


class Drill:
    """One drill directory. Its drill.yaml is read on first use, so checking a file never parses YAML."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.path = path

    @functools.cached_property
    def meta(self) -> Meta:
        return _load_meta(self.path / "drill.yaml")

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def topic(self) -> str:
        return self.meta.topic

    @property
    def difficulty(self) -> str:
        return self.meta.difficulty

    @property
    def functions(self) -> tuple[str, ...]:
        return self.meta.functions

    @property
    def hints(self) -> tuple[str, ...]:
        return self.meta.hints

    @property
    def prompt(self) -> str:
        return (self.path / "prompt.md").read_text(encoding="utf-8")

    @property
    def starter(self) -> str:
        return (self.path / "starter.py").read_text(encoding="utf-8")

    @property
    def reference(self) -> str:
        return (self.path / "reference.py").read_text(encoding="utf-8")

    def alternatives(self) -> list[Path]:
        return sorted((self.path / "alternatives").glob("*.py"))


@dataclass(frozen=True)
class Mutant:
    """A known bug: `source` holds only the functions it changes; the rest comes from the reference."""

    name: str
    description: str
    source: str


@dataclass(frozen=True)
class Suite:
    """The hidden tests of a drill and the reference they are judged against."""

    cases: list[Case]
    outputs: dict[str, tuple[Out, ...]]
    reference: types.ModuleType


def _load_meta(meta_file: Path) -> Meta:
    import yaml

    try:
        meta = yaml.safe_load(meta_file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise MlprepError(f"{meta_file}: {exc}") from exc
    missing = [f for f in FIELDS if not isinstance(meta, dict) or not meta.get(f)]
    if missing:
        raise MlprepError(f"{meta_file}: missing {', '.join(missing)}")
    return Meta(
        title=str(meta["title"]),
        topic=str(meta["topic"]),
        difficulty=str(meta["difficulty"]),
        functions=tuple(str(f) for f in meta["functions"]),
        hints=tuple(str(h) for h in meta["hints"]),
    )


def drills(root: Path | None = None) -> list[Drill]:
    """Every drill under `root` (default: the shipped drills), by name."""
    root = root or paths.shipped_drills()
    return [Drill(d) for d in sorted(root.iterdir()) if (d / "drill.yaml").is_file()]


def find(name: str, root: Path | None = None) -> Drill:
    """The drill called `name`; an unknown name is a usage error that suggests the closest one."""
    root = root or paths.shipped_drills()
    names = sorted(d.name for d in root.iterdir() if (d / "drill.yaml").is_file())
    if name not in names:
        close = difflib.get_close_matches(name, names, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f" (drills: {', '.join(names)})"
        raise UsageError(f"unknown drill '{name}'{hint}")
    return Drill(root / name)


def module_from_source(source: str, filename: str) -> types.ModuleType:
    """Execute trusted drill code as a fresh module."""
    module = types.ModuleType(Path(filename).stem.replace("-", "_"))
    module.__file__ = filename
    exec(compile(source, filename, "exec"), module.__dict__)
    return module


def suite(drill: Drill) -> Suite:
    """Load cases.py and reference.py and build the cases (this imports numpy)."""
    cases_file = drill.path / "cases.py"
    cases_module = module_from_source(cases_file.read_text(encoding="utf-8"), str(cases_file))
    reference = module_from_source(drill.reference, str(drill.path / "reference.py"))
    return Suite(cases=cases_module.cases(), outputs=cases_module.OUTPUTS, reference=reference)


def mutants(drill: Drill) -> list[Mutant]:
    """The drill's catalogue of known bugs, by file name."""
    found = []
    for path in sorted((drill.path / "mutants").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        description = ast.get_docstring(ast.parse(source))
        if not description:
            raise MlprepError(f"{path}: a mutant needs a docstring that names its bug")
        found.append(Mutant(path.stem, " ".join(description.split()), source))
    return found


def mutant_source(drill: Drill, mutant: Mutant) -> str:
    """A complete module for the mutant: the reference, then the mutant's functions replacing its own."""
    return f"{drill.reference}\n\n# --- known bug: {mutant.name} ---\n{mutant.source}"
