"""Naming the bug: which known-bug mutants behave like the submission on the tests it fails."""

from __future__ import annotations

from dataclasses import dataclass

from mlprep.grader import catalog, compare, local
from mlprep.grader.catalog import Drill, Suite
from mlprep.grader.model import CallResult, Diagnosis

PER_TEST = 2
PARTIAL = 3


@dataclass(frozen=True)
class Finding:
    """The report-level diagnosis and, per case index, the names of the bugs that explain that case."""

    diagnosis: list[Diagnosis]
    per_test: dict[int, list[str]]


def diagnose(
    drill: Drill,
    suite: Suite,
    expected: list[CallResult],
    got: dict[int, CallResult],
    failed: set[int],
) -> Finding:
    """Compare the submission's results (`got`, by case index; `failed` the indices it fails) with every
    mutant's. A mutant matches exactly when it fails the same tests in the same way; otherwise it is
    ranked by how many of the failing tests it explains. Performance cases take no part."""
    considered = [i for i in got if suite.cases[i].time_limit is None]
    failing = [i for i in considered if i in failed]
    if not failing:
        return Finding([], {})
    scored = []
    for mutant in catalog.mutants(drill):
        module = catalog.module_from_source(catalog.mutant_source(drill, mutant), f"{mutant.name}.py")
        explains, exact = [], True
        for i in considered:
            case = suite.cases[i]
            outs = suite.outputs[case.func]
            result = local.call(module, case, len(outs))
            mutant_fails = compare.verdict(case, outs, expected[i], result) is not None
            agrees = compare.same(case, outs, got[i], result)
            if i in failed and agrees:
                explains.append(i)
            exact = exact and mutant_fails == (i in failed) and (i not in failed or agrees)
        if explains:
            scored.append((mutant, explains, exact))
    scored.sort(key=lambda s: (not s[2], -len(s[1]), s[0].name))
    exact_ones = [s for s in scored if s[2]]
    shown = exact_ones or scored[:PARTIAL]
    diagnosis = [Diagnosis(m.name, m.description, exact, len(ex), len(failing)) for m, ex, exact in shown]
    per_test: dict[int, list[str]] = {}
    for mutant, explains, _ in shown:
        for i in explains:
            if len(per_test.setdefault(i, [])) < PER_TEST:
                per_test[i].append(mutant.name)
    return Finding(diagnosis, per_test)
