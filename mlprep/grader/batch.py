"""Grading many files against one drill: the suite, the reference's results and the known bugs' results
are built once, then each file runs in its own sandbox, several at a time. Nothing is recorded."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from mlprep.errors import UsageError
from mlprep.grader import catalog, grade, sandbox
from mlprep.grader.catalog import Drill, Mutant
from mlprep.grader.model import CallResult, Report
from mlprep.grader.sandbox import Limits


@dataclass
class FileResult:
    """The verdict on one file; `error` says why a file could not be graded at all."""

    file: str
    passed: bool = False
    tests_passed: int = 0
    tests_total: int = 0
    failing: list[str] = field(default_factory=list)
    bugs: list[str] = field(default_factory=list)
    error: str = ""
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {
            "file": self.file,
            "passed": self.passed,
            "tests_passed": self.tests_passed,
            "tests_total": self.tests_total,
            "failing_tests": self.failing,
            "bugs": self.bugs,
            "error": self.error,
            "seconds": round(self.seconds, 3),
        }


def submissions(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and every `*.py` under each directory, in order; a missing path is a usage error."""
    found: list[Path] = []
    for path in paths:
        path = path.expanduser()
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.py") if not any(part.startswith(".") for part in p.parts))
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            raise UsageError(f"no file or directory at {path}")
    return list(dict.fromkeys(found))


class Prepared:
    """What every file is judged against, built once; the known bugs' results only when first needed."""

    def __init__(self, drill: Drill) -> None:
        self.drill = drill
        self.suite = catalog.suite(drill)
        self.calls = grade.calls(self.suite)
        self.expected = grade.expected_results(self.suite)
        self._mutants: list[tuple[Mutant, list[CallResult]]] | None = None
        self._lock = threading.Lock()

    def mutants(self) -> list[tuple[Mutant, list[CallResult]]]:
        with self._lock:
            if self._mutants is None:
                self._mutants = grade.mutant_results(self.drill, self.suite, self.expected)
            return self._mutants

    def check(self, path: Path, limits: Limits) -> Report:
        began = time.monotonic()
        with sandbox.start(limits) as child:
            child.send(path.resolve(), self.calls)
            run = child.collect()
        report = grade.judge(self.drill, self.suite, self.expected, run, str(path), self.mutants)
        report.seconds = time.monotonic() - began
        return report


def grade_one(prepared: Prepared, path: Path, limits: Limits) -> FileResult:
    result = FileResult(str(path))
    began = time.monotonic()
    try:
        if not path.is_file():
            raise OSError("not a regular file")
        with path.open("rb") as f:
            f.read(1)
    except OSError as exc:
        result.error = f"cannot read the file: {exc.strerror or exc}"
        return result
    report = prepared.check(path, limits)
    result.passed = report.passed
    result.tests_passed = report.tests_passed
    result.tests_total = len(report.tests)
    result.failing = [t.name for t in report.tests if not t.passed]
    result.bugs = [d.bug for d in report.diagnosis if d.exact]
    result.error = report.problem.splitlines()[0] if report.problem else ""
    result.seconds = time.monotonic() - began
    return result


def grade_all(
    drill: Drill,
    paths: list[Path],
    limits: Limits,
    jobs: int,
    done: Callable[[FileResult], None] = lambda _: None,
) -> list[FileResult]:
    """Grade every file, `jobs` at a time; `done` is called as each one finishes. Results keep `paths`' order."""
    prepared = Prepared(drill)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(grade_one, prepared, path, limits) for path in paths]
        for future in futures:
            future.add_done_callback(lambda f: done(f.result()))
        return [f.result() for f in futures]


def common_bugs(results: list[FileResult], drill: Drill) -> list[tuple[str, int]]:
    """Known bugs by how many files have them, most common first, as their sentences."""
    descriptions = {m.name: m.description for m in catalog.mutants(drill)}
    counts = Counter(bug for r in results for bug in r.bugs)
    return [(descriptions.get(bug, bug), n) for bug, n in counts.most_common()]
