"""Finding drills and loading their parts: the declared contract, prompt, cases, reference and known bugs.

A drill is a directory `NAME/` holding drill.yaml (title, topic, difficulty, the functions with their
parameters and typed outputs, hints), prompt.md (and prompt.zh.md), starter.py, reference.py, cases.py
(`cases()`, written with `mlprep.author` only), mutants/*.py (each a docstring naming the bug, and the
functions it changes) and alternatives/*.py (other correct solutions). Shipped drills live in the package;
`MLPREP_DRILLS` adds directories of drills. Everything here is trusted code; the learner's file is never
loaded in this process.
"""

from __future__ import annotations

import ast
import difflib
import functools
import os
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlprep import paths
from mlprep.errors import MlprepError, UsageError
from mlprep.grader.model import KINDS, Case, Function, Out

REQUIRED = ("title", "topic", "difficulty", "functions", "hints")
OPTIONAL = ("kind", "question", "bugs")
DIFFICULTIES = ("easy", "medium", "hard")
DRILL_KINDS = ("implement", "debug")
TOLERANCES = ("rtol", "atol")


class DrillError(MlprepError):
    """A drill directory that does not follow the drill format."""


@dataclass(frozen=True)
class Meta:
    """What drill.yaml says about a drill."""

    title: str
    topic: str
    difficulty: str
    functions: tuple[Function, ...]
    hints: tuple[str, ...]
    kind: str = "implement"
    question: str | None = None
    bugs: int | tuple[str, ...] | None = None

    @property
    def bug_count(self) -> int | None:
        return len(self.bugs) if isinstance(self.bugs, tuple) else self.bugs


class Drill:
    """One drill directory. Its drill.yaml is read on first use."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.path = path

    @functools.cached_property
    def meta(self) -> Meta:
        return load_meta(self.path / "drill.yaml")

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
    def kind(self) -> str:
        return self.meta.kind

    @property
    def functions(self) -> tuple[Function, ...]:
        return self.meta.functions

    @property
    def hints(self) -> tuple[str, ...]:
        return self.meta.hints

    def prompt(self, lang: str = "en") -> str:
        """The task in `lang` ("zh" falls back to English where there is no Chinese prompt)."""
        translated = self.path / "prompt.zh.md"
        if lang == "zh" and translated.is_file():
            return translated.read_text(encoding="utf-8")
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
    functions: dict[str, Function]
    reference: types.ModuleType

    def outputs(self, case: Case) -> tuple[Out, ...]:
        return self.functions[case.func].outputs


def _text(meta: dict, key: str, where: str) -> str:
    value = meta.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DrillError(f"{where}: {key}: expected a non-empty string")
    return value


def _output(entry: Any, where: str) -> Out:
    """`name` (a float output), `{name: kind}`, or `{name: …, kind: …, rtol: …, atol: …}`."""
    if isinstance(entry, str):
        entry = {"name": entry}
    elif isinstance(entry, dict) and len(entry) == 1 and "name" not in entry:
        ((name, kind),) = entry.items()
        entry = {"name": name, "kind": kind}
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise DrillError(f"{where}: expected a name, {{name: kind}} or a mapping with name and kind")
    unknown = set(entry) - {"name", "kind", *TOLERANCES}
    if unknown:
        raise DrillError(f"{where}: unknown key {sorted(unknown)[0]!r} (known: name, kind, rtol, atol)")
    kind = entry.get("kind", "float")
    if kind not in KINDS:
        raise DrillError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    tolerances = {}
    for key in TOLERANCES:
        if key in entry:
            value = entry[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise DrillError(f"{where}: {key} must be a number ≥ 0")
            tolerances[key] = float(value)
    return Out(entry["name"], kind, **tolerances)


def _function(entry: Any, where: str) -> Function:
    if not isinstance(entry, dict) or not isinstance(entry.get("signature"), str):
        raise DrillError(f"{where}: expected a mapping with `signature` and `outputs`")
    unknown = set(entry) - {"signature", "outputs"}
    if unknown:
        raise DrillError(f"{where}: unknown key {sorted(unknown)[0]!r} (known: signature, outputs)")
    signature = entry["signature"].strip()
    try:
        tree = ast.parse(f"def {signature}: pass")
        definition = tree.body[0]
        assert isinstance(definition, ast.FunctionDef)
    except (SyntaxError, AssertionError):
        raise DrillError(f"{where}: signature: {signature!r} is not `name(param, param=default, …)`") from None
    arguments = definition.args
    if arguments.vararg or arguments.kwarg or arguments.posonlyargs or arguments.kwonlyargs:
        raise DrillError(f"{where}: signature: only plain parameters and defaults are supported")
    names = [a.arg for a in arguments.args]
    defaults: list[str | None] = [None] * (len(names) - len(arguments.defaults))
    defaults += [ast.unparse(d) for d in arguments.defaults]
    outputs = entry.get("outputs")
    if not isinstance(outputs, list) or not outputs:
        raise DrillError(f"{where}: outputs: expected a non-empty list")
    outs = tuple(_output(o, f"{where}: outputs[{i}]") for i, o in enumerate(outputs))
    if len({o.name for o in outs}) != len(outs):
        raise DrillError(f"{where}: outputs: two outputs share a name")
    return Function(definition.name, tuple(zip(names, defaults, strict=True)), outs)


def load_meta(meta_file: Path) -> Meta:
    """drill.yaml, validated; every problem is a `DrillError` naming the file and the field."""
    import yaml

    try:
        meta = yaml.safe_load(meta_file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DrillError(f"{meta_file}: {exc}") from exc
    where = str(meta_file)
    if not isinstance(meta, dict):
        raise DrillError(f"{where}: expected a mapping of fields")
    missing = [f for f in REQUIRED if f not in meta]
    if missing:
        raise DrillError(f"{where}: missing {', '.join(missing)}")
    unknown = sorted(set(meta) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        close = difflib.get_close_matches(unknown[0], [*REQUIRED, *OPTIONAL], n=1)
        raise DrillError(f"{where}: unknown field {unknown[0]!r}" + (f"; did you mean {close[0]!r}?" if close else ""))
    difficulty = _text(meta, "difficulty", where)
    if difficulty not in DIFFICULTIES:
        raise DrillError(f"{where}: difficulty: {difficulty!r} is not one of {', '.join(DIFFICULTIES)}")
    kind = meta.get("kind", "implement")
    if kind not in DRILL_KINDS:
        raise DrillError(f"{where}: kind: {kind!r} is not one of {', '.join(DRILL_KINDS)}")
    entries = meta["functions"]
    if not isinstance(entries, list) or not entries:
        raise DrillError(f"{where}: functions: expected a non-empty list")
    functions = tuple(_function(e, f"{where}: functions[{i}]") for i, e in enumerate(entries))
    if len({f.name for f in functions}) != len(functions):
        raise DrillError(f"{where}: functions: two functions share a name")
    hints = meta["hints"]
    if not isinstance(hints, list) or not all(isinstance(h, str) and h.strip() for h in hints):
        raise DrillError(f"{where}: hints: expected a list of non-empty strings")
    bugs = meta.get("bugs")
    if isinstance(bugs, list) and bugs and all(isinstance(b, str) for b in bugs):
        bugs = tuple(bugs)
    elif bugs is not None and (isinstance(bugs, bool) or not isinstance(bugs, int) or bugs < 1):
        raise DrillError(f"{where}: bugs: expected the planted bugs' mutant names (or their number) for a debug drill")
    if kind == "debug" and bugs is None:
        raise DrillError(f"{where}: bugs: a debug drill lists its planted bugs (their mutant names)")
    question = meta.get("question")
    if question is not None and not isinstance(question, str):
        raise DrillError(f"{where}: question: expected a question id")
    return Meta(
        title=_text(meta, "title", where),
        topic=_text(meta, "topic", where),
        difficulty=difficulty,
        functions=functions,
        hints=tuple(hints),
        kind=kind,
        question=question,
        bugs=bugs,
    )


def roots() -> list[Path]:
    """Directories of drills: the shipped ones, then `$MLPREP_DRILLS` (os.pathsep-separated)."""
    extra = [Path(p).expanduser() for p in os.environ.get("MLPREP_DRILLS", "").split(os.pathsep) if p.strip()]
    for root in extra:
        if not root.is_dir():
            raise UsageError(f"MLPREP_DRILLS: {root} is not a directory")
    return [paths.shipped_drills(), *extra]


def drills() -> list[Drill]:
    """Every drill, by name; a drill in a later root replaces a shipped one of the same name."""
    found: dict[str, Drill] = {}
    for root in roots():
        for d in sorted(root.iterdir()):
            if (d / "drill.yaml").is_file():
                found[d.name] = Drill(d)
    return [found[name] for name in sorted(found)]


def find(name: str) -> Drill:
    """The drill called `name`; an unknown name is a usage error that suggests the closest one."""
    by_name = {d.name: d for d in drills()}
    if name not in by_name:
        close = difflib.get_close_matches(name, list(by_name), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f" (drills: {', '.join(by_name)})"
        raise UsageError(f"unknown drill '{name}'{hint}")
    return by_name[name]


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
    functions = {f.name: f for f in drill.functions}
    cases = list(cases_module.cases())
    for case in cases:
        if case.func not in functions:
            raise DrillError(f"{cases_file}: case {case.name!r} calls {case.func}(), which drill.yaml does not declare")
    return Suite(cases=cases, functions=functions, reference=reference)


def mutants(drill: Drill) -> list[Mutant]:
    """The drill's catalogue of known bugs, by file name."""
    found = []
    for path in sorted((drill.path / "mutants").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        description = ast.get_docstring(ast.parse(source))
        if not description:
            raise DrillError(f"{path}: a mutant needs a docstring that names its bug")
        found.append(Mutant(path.stem, " ".join(description.split()), source))
    return found


def mutant_source(drill: Drill, mutant: Mutant) -> str:
    """A complete module for the mutant: the reference, then the mutant's functions replacing its own."""
    return f"{drill.reference}\n\n# --- known bug: {mutant.name} ---\n{mutant.source}"


def mutant_module(drill: Drill, mutant: Mutant) -> types.ModuleType:
    return module_from_source(mutant_source(drill, mutant), f"{mutant.name}.py")
