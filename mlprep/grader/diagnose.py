"""Naming the bug: which known-bug mutants the submission behaves like.

A mutant is named only on evidence: on the cases where it differs from the reference, the submission
gives the same result (values within tolerance, or the same exception with the same message pattern).
On all of them it is a known bug; on some of them it is only possible, and the cases are named.
Performance cases take no part.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlprep.grader import compare
from mlprep.grader.catalog import Mutant, Suite
from mlprep.grader.model import CallResult, Diagnosis

PER_TEST = 2
PARTIAL = 3


@dataclass(frozen=True)
class Finding:
    """The report-level diagnosis and, per case index, the descriptions of the bugs that explain that case."""

    diagnosis: list[Diagnosis]
    per_test: dict[int, list[str]]


def differing(suite: Suite, expected: list[CallResult], results: list[CallResult]) -> list[int]:
    """The (non-performance) cases on which a mutant's `results` fail."""
    return [
        i
        for i, case in enumerate(suite.cases)
        if case.time_limit is None
        and compare.verdict(case, suite.functions[case.func], expected[i], results[i]) is not None
    ]


def diagnose(
    suite: Suite,
    expected: list[CallResult],
    got: dict[int, CallResult],
    failed: set[int],
    mutants: list[tuple[Mutant, list[CallResult]]],
) -> Finding:
    """Compare the submission's results (`got`, by case index; `failed`, the indices it fails) with each
    mutant's results on every case."""
    full: list[tuple[Mutant, set[int], int]] = []
    partial: list[tuple[Mutant, set[int], int]] = []
    for mutant, results in mutants:
        differs = [i for i in differing(suite, expected, results) if i in got]
        matched = {
            i
            for i in differs
            if i in failed and compare.same(suite.cases[i], suite.functions[suite.cases[i].func], got[i], results[i])
        }
        if not matched:
            continue
        (full if len(matched) == len(differs) else partial).append((mutant, matched, len(differs)))
    # A bug whose cases are all part of another named bug's cases is that other bug seen in part.
    full = [f for f in full if not any(f[1] < g[1] for g in full)]
    explained = set().union(*(f[1] for f in full)) if full else set()
    partial = [p for p in partial if p[1] - explained]
    # The likeliest partial match behaves like the bug on most of the cases that bug affects.
    partial.sort(key=lambda p: (-len(p[1]) / p[2], -len(p[1]), p[0].name))
    shown = [(m, s, d, True) for m, s, d in sorted(full, key=lambda f: f[0].name)]
    shown += [(m, s, d, False) for m, s, d in partial[:PARTIAL]]
    diagnosis = [
        Diagnosis(m.name, m.description, exact, [suite.cases[i].name for i in sorted(s)], d) for m, s, d, exact in shown
    ]
    per_test: dict[int, list[str]] = {}
    for mutant, matched, _, _ in shown:
        for i in sorted(matched):
            if len(per_test.setdefault(i, [])) < PER_TEST:
                per_test[i].append(mutant.name)
    return Finding(diagnosis, per_test)
