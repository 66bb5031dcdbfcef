"""Checking a file against a drill: run it sandboxed, judge every case, name the bug, build the report.

Modules that need numpy are imported inside the functions, after the child has been started, so that
without a pre-started worker the child's numpy import still overlaps ours.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mlprep.errors import UsageError
from mlprep.grader import catalog, sandbox
from mlprep.grader.catalog import Drill, Suite
from mlprep.grader.model import CallResult, Case, CaseResult, Function, Output, Report
from mlprep.grader.sandbox import Call, Limits, Run

if TYPE_CHECKING:
    from mlprep.grader.compare import Failure

IMPORT_HINTS = {
    "timeout": " (an endless loop or a long computation at the top level of your file?)",
    "exit": " (os._exit() or a crash at the top level of your file?)",
}


def calls(suite: Suite) -> list[Call]:
    """One call per case, as the worker makes it."""
    return [Call(c.func, c.args, c.kwargs, len(suite.outputs(c)), c.time_limit) for c in suite.cases]


def expected_results(suite: Suite) -> list[CallResult]:
    """The reference's results, through the same call path as every submission."""
    from mlprep.grader import channel

    return channel.call_here(suite.reference, calls(suite))


def mutant_results(
    drill: Drill, suite: Suite, expected: list[CallResult]
) -> list[tuple[catalog.Mutant, list[CallResult]]]:
    """Every known-bug mutant's results on every case. Performance cases take no part in diagnosis, so
    mutants are not run on them: there they count as giving the reference's results."""
    from mlprep.grader import channel

    timed = {i for i, c in enumerate(suite.cases) if c.time_limit is not None}
    requests = [call for i, call in enumerate(calls(suite)) if i not in timed]
    found = []
    for mutant in catalog.mutants(drill):
        results = iter(channel.call_here(catalog.mutant_module(drill, mutant), requests))
        found.append((mutant, [expected[i] if i in timed else next(results) for i in range(len(suite.cases))]))
    return found


def check(drill: Drill, path: Path, limits: Limits | None = None) -> Report:
    """Grade the file at `path`. The child starts first, so its start-up overlaps our case building, and
    the reference runs while the child works on the submission."""
    path = path.expanduser()
    if not path.is_file():
        raise UsageError(f"no file at {path}")
    began = time.monotonic()
    with sandbox.start(limits or Limits()) as child:
        suite = catalog.suite(drill)
        child.send(path.resolve(), calls(suite))
        expected = expected_results(suite)
        run = child.collect()
    report = judge(drill, suite, expected, run, str(path))
    report.seconds = time.monotonic() - began
    return report


def judge(
    drill: Drill,
    suite: Suite,
    expected: list[CallResult],
    run: Run,
    file: str,
    mutants: Callable[[], list[tuple[catalog.Mutant, list[CallResult]]]] | None = None,
) -> Report:
    """The report on one run; `mutants` gives the known bugs' results when they are computed elsewhere
    (called only if something failed)."""
    tests, got, failed = _judge(suite, expected, run)
    report = Report(
        drill=drill.name,
        file=file,
        tests=tests,
        problem=_problem(run, suite.cases),
        stdout=Output(run.stdout.text, run.stdout.total, run.stdout.truncated),
        stderr=Output(run.stderr.text, run.stderr.total, run.stderr.truncated),
        isolation=run.isolation,
    )
    if failed and got:
        from mlprep.grader.diagnose import diagnose

        known = mutants() if mutants is not None else mutant_results(drill, suite, expected)
        finding = diagnose(suite, expected, got, failed, known)
        report.diagnosis = finding.diagnosis
        exact = {d.bug for d in finding.diagnosis if d.exact}
        for i, bugs in finding.per_test.items():
            tests[i].bugs = bugs
            if exact & set(bugs):  # the named bug's own sentence explains this failure; the note would not
                tests[i].note = ""
    return report


def _judge(
    suite: Suite, expected: list[CallResult], run: Run
) -> tuple[list[CaseResult], dict[int, CallResult], set[int]]:
    """A verdict per case; also the results that came back (by case index) and the failing indices."""
    from mlprep.grader import compare

    tests: list[CaseResult] = []
    got: dict[int, CallResult] = {}
    failed: set[int] = set()
    for i, case in enumerate(suite.cases):
        test = CaseResult(
            case.name, case.group, case.func, False, seed=case.seed, inputs=describe(suite.functions[case.func], case)
        )
        failure: Failure | None
        if i < len(run.results):
            result = got[i] = run.results[i]
            failure = compare.verdict(case, suite.functions[case.func], expected[i], result)
            if failure is None and case.time_limit is not None and result.seconds > case.time_limit:
                failure = compare.Failure(
                    "slow", f"too slow: took {result.seconds:.2f} s, over its budget of {case.time_limit:g} s"
                )
            test.traceback = result.error["traceback"] if result.error else ""
        else:
            failure = _unfinished(run, i, suite.cases)
        if failure is not None:
            test.message = failure.message
            test.note = case.note if case.explains(failure.kind, failure.output) else ""
            failed.add(i)
        test.passed = failure is None
        tests.append(test)
    return tests, got, failed


def _unfinished(run: Run, index: int, cases: list[Case]) -> Failure:
    """Why case `index` has no result."""
    from mlprep.grader.compare import Failure

    if not run.imported or run.import_error is not None:
        return Failure("error", "not run: your file could not be imported (see above)")
    current = len(run.results)
    if index > current:
        return Failure("error", f"not run: the run stopped during '{cases[current].name}'")
    if run.stop == "slow":
        return Failure("slow", f"too slow: {run.detail}")
    if run.stop == "timeout":
        return Failure("error", f"did not finish: {run.detail} while this case was running (an infinite loop?)")
    if run.stop == "exit":
        return Failure("error", f"{run.detail} while this case was running (os._exit() or a crash)")
    return Failure("error", f"no result: {run.detail}")


def _problem(run: Run, cases: list[Case]) -> str:
    """What went wrong with the run as a whole, if anything (shown above the tests)."""
    if run.import_error is not None:
        error = run.import_error
        from mlprep.grader.compare import error_message

        return f"your file could not be imported: {error_message(error)}\n{error['traceback']}".rstrip()
    if not run.imported:
        return f"your file did not finish importing: {run.detail}{IMPORT_HINTS.get(run.stop or '', '')}"
    if run.stop is not None and len(run.results) < len(cases):
        return f"the run stopped early during '{cases[len(run.results)].name}': {run.detail}"
    return ""


def describe(function: Function, case: Case) -> str:
    """The case's inputs in a line, named as drill.yaml names them: arrays with shapes, scalars with values."""
    import numpy as np

    given = {function.argument_name(i): a for i, a in enumerate(case.args)} | case.kwargs
    parts = []
    for name, value in given.items():
        if isinstance(value, np.ndarray):
            dtype = "" if value.dtype.kind == "f" else f" {value.dtype}"
            parts.append(f"{name} {value.shape}{dtype}")
        else:
            parts.append(f"{name}={value!r}")
    return ", ".join(parts)
