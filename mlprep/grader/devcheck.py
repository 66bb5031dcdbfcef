"""`mlprep dev check`: the definition of a correct drill, one line per problem.

A drill is correct when its files are the expected ones, drill.yaml declares its contract, content code
imports only the author API, the reference and every alternative pass every case, the starter fails (every
case, or for a "find the bug" drill with each planted bug named), every mutant fails and is diagnosed as
itself and nothing else, no two mutants behave the same on the cases, and the prompt mentions every
function. Drill code is trusted here: it runs in this process, through the worker's own call path.
"""

from __future__ import annotations

import ast
import itertools
import types
from dataclasses import dataclass, field
from pathlib import Path

from mlprep.errors import MlprepError
from mlprep.grader import catalog, channel, compare, grade
from mlprep.grader.catalog import Drill, Meta, Mutant, Suite
from mlprep.grader.model import CallResult, Report
from mlprep.grader.sandbox import Run

FILES = {"drill.yaml", "prompt.md", "prompt.zh.md", "starter.py", "reference.py", "cases.py"}
REQUIRED = ("drill.yaml", "prompt.md", "starter.py", "reference.py", "cases.py")
FOLDERS = {"mutants", "alternatives"}
IGNORED = {"__pycache__"}
CONTENT_IMPORTS = {"numpy", "math", "itertools", "functools", "collections", "mlprep.author"}


@dataclass
class Result:
    """The problems found in one drill (empty when it is correct)."""

    drill: str
    path: Path
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(path: Path) -> Result:
    """Check the drill directory at `path`."""
    result = Result(path.name, path)
    result.problems += _files(path)
    if any(not (path / name).is_file() for name in REQUIRED):
        return result
    drill = Drill(path)
    try:
        meta = drill.meta
        suite = catalog.suite(drill)
        mutants = catalog.mutants(drill)
    except MlprepError as exc:
        result.problems.append(str(exc))
        return result
    except Exception as exc:
        result.problems.append(f"cases.py: building the cases raised {type(exc).__name__}: {exc}")
        return result
    result.problems += _imports(path)
    result.problems += _prompt(drill)
    result.problems += _definitions(drill, "reference.py", drill.reference)
    result.problems += _definitions(drill, "starter.py", drill.starter)
    if not suite.cases:
        result.problems.append("cases.py: cases() returned no cases")
        return result
    names = [c.name for c in suite.cases]
    result.problems += [
        f"cases.py: two cases are named {n!r}" for n in sorted({n for n in names if names.count(n) > 1})
    ]
    expected = grade.expected_results(suite)
    result.problems += [f"reference.py: {p}" for p in _failures(drill, suite, expected, expected)]
    if any(p.startswith("reference.py") for p in result.problems):
        return result
    requests = grade.calls(suite)
    for alternative in drill.alternatives():
        module = _module(alternative)
        results = channel.call_here(module, requests)
        result.problems += [f"alternatives/{alternative.name}: {p}" for p in _failures(drill, suite, expected, results)]
    known = grade.mutant_results(drill, suite, expected)
    result.problems += _starter(drill, suite, expected, known, meta)
    result.problems += _mutants(drill, suite, expected, known)
    result.problems += _alike(suite, expected, known)
    if not mutants:
        result.problems.append("mutants/: no known bugs; add mutants so failures can be diagnosed")
    if not drill.alternatives():
        result.problems.append("alternatives/: no alternative solution; add one written in another style")
    return result


def _files(path: Path) -> list[str]:
    problems = [f"{name}: missing" for name in REQUIRED if not (path / name).is_file()]
    for entry in sorted(path.iterdir()):
        if entry.name in IGNORED:
            continue
        if entry.is_dir() and entry.name in FOLDERS:
            problems += [
                f"{entry.name}/{f.name}: stray file (only .py files belong here)"
                for f in sorted(entry.iterdir())
                if f.name not in IGNORED and (f.suffix != ".py" or not f.is_file())
            ]
        elif entry.name not in FILES or not entry.is_file():
            problems.append(f"{entry.name}: stray file (a drill holds {', '.join(sorted(FILES | FOLDERS))})")
    return problems


def _imports(path: Path) -> list[str]:
    """Content code imports only numpy, a few standard modules and the author API."""
    problems = []
    for file in [path / "cases.py", *sorted((path / "mutants").glob("*.py"))]:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name not in CONTENT_IMPORTS and name.split(".")[0] not in CONTENT_IMPORTS - {"mlprep.author"}:
                    rel = file.relative_to(path)
                    problems.append(f"{rel}: imports {name}; drill content may import only numpy and mlprep.author")
    return problems


def _prompt(drill: Drill) -> list[str]:
    problems = []
    for lang, name in (("en", "prompt.md"), ("zh", "prompt.zh.md")):
        if lang == "zh" and not (drill.path / name).is_file():
            continue
        text = drill.prompt(lang)
        problems += [f"{name}: does not mention {f.name}()" for f in drill.functions if f"{f.name}(" not in text]
    return problems


def _definitions(drill: Drill, name: str, source: str) -> list[str]:
    """The file defines every declared function with the declared parameters."""
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return [f"{name}: line {exc.lineno}: {exc.msg}"]
    defined = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    problems = []
    for function in drill.functions:
        node = defined.get(function.name)
        if node is None:
            problems.append(f"{name}: does not define {function.signature}")
            continue
        params = [a.arg for a in node.args.args]
        if params != [p for p, _ in function.params]:
            problems.append(f"{name}: {function.name}({', '.join(params)}) does not match {function.signature}")
    return problems


def _module(path: Path) -> types.ModuleType:
    return catalog.module_from_source(path.read_text(encoding="utf-8"), str(path))


def _failures(drill: Drill, suite: Suite, expected: list[CallResult], results: list[CallResult]) -> list[str]:
    """One line per failing case."""
    report = _report(drill, suite, expected, results, [])
    return [f"fails '{t.name}': {t.message.splitlines()[0] if t.message else ''}" for t in report.tests if not t.passed]


def _report(
    drill: Drill,
    suite: Suite,
    expected: list[CallResult],
    results: list[CallResult],
    known: list[tuple[Mutant, list[CallResult]]],
) -> Report:
    run = Run(imported=True, results=results)
    return grade.judge(drill, suite, expected, run, drill.name, lambda: known)


def _starter(
    drill: Drill, suite: Suite, expected: list[CallResult], known: list[tuple[Mutant, list[CallResult]]], meta: Meta
) -> list[str]:
    starter = catalog.module_from_source(drill.starter, str(drill.path / "starter.py"))
    report = _report(drill, suite, expected, channel.call_here(starter, grade.calls(suite)), known)
    if meta.kind == "debug":
        if report.passed:
            return ["starter.py: passes every case; a find-the-bug starter must fail"]
        named = [d.bug for d in report.diagnosis if d.exact]
        if isinstance(meta.bugs, tuple):
            names = {m.name for m, _ in known}
            problems = [f"drill.yaml: bugs: no mutant named {b!r}" for b in meta.bugs if b not in names]
            problems += [
                f"starter.py: the planted bug {b!r} is not named when the starter is checked"
                for b in meta.bugs
                if b in names and b not in named
            ]
            return problems
        if len(named) != meta.bug_count:
            shown = ", ".join(named) or "none"
            return [f"starter.py: {meta.bug_count} planted bugs, but checking it names {len(named)} ({shown})"]
        return []
    passing = [t.name for t in report.tests if t.passed]
    return [f"starter.py: passes '{n}'; the starter must fail every case" for n in passing]


def _mutants(
    drill: Drill, suite: Suite, expected: list[CallResult], known: list[tuple[Mutant, list[CallResult]]]
) -> list[str]:
    problems = []
    for mutant, results in known:
        report = _report(drill, suite, expected, results, known)
        where = f"mutants/{mutant.name}.py"
        if report.passed:
            problems.append(f"{where}: passes every case; add a case on which this bug shows")
            continue
        named = [(d.bug, d.exact) for d in report.diagnosis]
        if named != [(mutant.name, True)]:
            shown = ", ".join(f"{b}{'' if e else ' (partial)'}" for b, e in named) or "nothing"
            problems.append(f"{where}: diagnosed as {shown}, not as itself alone")
    return problems


def _alike(suite: Suite, expected: list[CallResult], known: list[tuple[Mutant, list[CallResult]]]) -> list[str]:
    """Pairs of mutants that no case tells apart."""
    problems = []
    considered = [i for i, c in enumerate(suite.cases) if c.time_limit is None]
    for (a, ra), (b, rb) in itertools.combinations(known, 2):
        if all(compare.same(suite.cases[i], suite.functions[suite.cases[i].func], ra[i], rb[i]) for i in considered):
            changed = sorted(_changed(a) | _changed(b))
            which = ", ".join(f"{f}()" for f in changed) or "the same functions"
            problems.append(
                f"mutants/{a.name}.py and mutants/{b.name}.py behave the same on every case; add a case of {which}"
                " on which they differ (e.g. ties, masked or extreme values, other shapes or arguments)"
            )
    return problems


def _changed(mutant: Mutant) -> set[str]:
    return {n.name for n in ast.parse(mutant.source).body if isinstance(n, ast.FunctionDef)}


def targets(names: list[str]) -> list[Path]:
    """Drill directories from names of shipped drills or paths (all drills when `names` is empty)."""
    if not names:
        return [d.path for d in catalog.drills()]
    found = []
    for name in names:
        path = Path(name).expanduser()
        found.append(path if path.is_dir() else catalog.find(name).path)
    return found
