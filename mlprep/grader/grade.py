"""Checking a file against a drill: run it sandboxed, judge every case, name the bug, build the report.

Modules that need numpy are imported inside the functions, after the child has been started, so that
without a pre-started worker the child's numpy import still overlaps ours.
"""

from __future__ import annotations

import inspect
import time
import types
from pathlib import Path

from mlprep.errors import UsageError
from mlprep.grader import catalog, sandbox
from mlprep.grader.catalog import Drill
from mlprep.grader.model import CallResult, Case, CaseResult, Output, Report
from mlprep.grader.sandbox import Call, Limits, Run

IMPORT_HINTS = {
    "timeout": " (an endless loop or a long computation at the top level of your file?)",
    "exit": " (os._exit() or a crash at the top level of your file?)",
}


def check(drill: Drill, path: Path, limits: Limits | None = None) -> Report:
    """Grade the file at `path`. The child starts first, so its start-up overlaps our case building, and
    the reference runs while the child works on the submission."""
    path = path.expanduser()
    if not path.is_file():
        raise UsageError(f"no file at {path}")
    began = time.monotonic()
    with sandbox.start(limits or Limits()) as child:
        from mlprep.grader import local

        suite = catalog.suite(drill)
        sizes = [len(suite.outputs[c.func]) for c in suite.cases]
        child.send(
            path.resolve(),
            [Call(c.func, c.args, c.kwargs, n, c.time_limit) for c, n in zip(suite.cases, sizes, strict=True)],
        )
        expected = [local.call(suite.reference, c, n) for c, n in zip(suite.cases, sizes, strict=True)]
        run = child.collect()
    tests, got, failed = _judge(suite, expected, run)
    report = Report(
        drill=drill.name,
        file=str(path),
        tests=tests,
        problem=_problem(run, suite.cases),
        stdout=Output(run.stdout.text, run.stdout.total, run.stdout.truncated),
        stderr=Output(run.stderr.text, run.stderr.total, run.stderr.truncated),
        isolation=run.isolation,
    )
    if failed and got:
        from mlprep.grader.diagnose import diagnose

        finding = diagnose(drill, suite, expected, got, failed)
        report.diagnosis = finding.diagnosis
        for i, bugs in finding.per_test.items():
            tests[i].bugs = bugs
    report.seconds = time.monotonic() - began
    return report


def _judge(
    suite: catalog.Suite, expected: list[CallResult], run: Run
) -> tuple[list[CaseResult], dict[int, CallResult], set[int]]:
    """A verdict per case; also the results that came back (by case index) and the failing indices."""
    from mlprep.grader import compare

    tests: list[CaseResult] = []
    got: dict[int, CallResult] = {}
    failed: set[int] = set()
    for i, case in enumerate(suite.cases):
        test = CaseResult(
            case.name,
            case.group,
            case.func,
            False,
            seed=case.seed,
            inputs=describe(suite.reference, case),
            note=case.note,
        )
        if i < len(run.results):
            result = got[i] = run.results[i]
            test.message = compare.verdict(case, suite.outputs[case.func], expected[i], result) or ""
            if not test.message and case.time_limit is not None and result.seconds > case.time_limit:
                test.message = (
                    f"too slow: took {result.seconds:.2f} s, over its budget of {case.time_limit:g} s. {case.note}"
                )
            test.traceback = result.error["traceback"] if result.error else ""
        else:
            test.message = _unfinished(run, i, suite.cases)
        test.passed = not test.message
        if not test.passed:
            failed.add(i)
        tests.append(test)
    return tests, got, failed


def _unfinished(run: Run, index: int, cases: list[Case]) -> str:
    """Why case `index` has no result."""
    if not run.imported or run.import_error is not None:
        return "not run: your file could not be imported (see above)"
    current = len(run.results)
    if index > current:
        return f"not run: the run stopped during '{cases[current].name}'"
    if run.stop == "slow":
        return f"too slow: {run.detail}. {cases[index].note}"
    if run.stop == "timeout":
        return f"did not finish: {run.detail} while this case was running (an infinite loop?)"
    if run.stop == "exit":
        return f"{run.detail} while this case was running (os._exit() or a crash)"
    return f"no result: {run.detail}"


def _problem(run: Run, cases: list[Case]) -> str:
    """What went wrong with the run as a whole, if anything (shown above the tests)."""
    if run.import_error is not None:
        error = run.import_error
        from mlprep.grader.compare import error_message

        return f"your file could not be imported: {error_message(error)}\n{error['traceback']}".rstrip()
    if not run.imported:
        return f"your file did not finish importing: {run.detail}{IMPORT_HINTS.get(run.stop, '')}"
    if run.stop is not None and len(run.results) < len(cases):
        return f"the run stopped early during '{cases[len(run.results)].name}': {run.detail}"
    return ""


def describe(reference: types.ModuleType, case: Case) -> str:
    """The case's inputs in a line: array names with shapes, scalars with values."""
    import numpy as np

    try:
        bound = inspect.signature(getattr(reference, case.func)).bind(*case.args, **case.kwargs).arguments
    except (TypeError, ValueError):
        bound = {**{f"arg{i}": a for i, a in enumerate(case.args)}, **case.kwargs}
    parts = []
    for name, value in bound.items():
        if isinstance(value, np.ndarray):
            dtype = "" if value.dtype.kind == "f" else f" {value.dtype}"
            parts.append(f"{name} {value.shape}{dtype}")
        else:
            parts.append(f"{name}={value!r}")
    return ", ".join(parts)
