"""Calling trusted drill code (the reference, known-bug mutants) in this process, the way the worker calls
a submission, so that both give comparable `CallResult`s."""

from __future__ import annotations

import copy
import types
import warnings

import numpy as np

from mlprep.grader.model import CallResult, Case


def call(module: types.ModuleType, case: Case, n_outputs: int) -> CallResult:
    """Run `case` against `module` on copies of its inputs; an exception becomes the result's error."""
    args = copy.deepcopy(case.args)
    kwargs = copy.deepcopy(case.kwargs)
    try:
        with (
            warnings.catch_warnings(record=True) as caught,
            np.errstate(over="warn", divide="warn", invalid="warn", under="ignore"),
        ):
            warnings.simplefilter("always")
            result = getattr(module, case.func)(*args, **kwargs)
    except Exception as exc:
        error = {"type": type(exc).__name__, "bases": [], "message": f"{type(exc).__name__}: {exc}", "traceback": ""}
        return CallResult([], error, [], 0.0)
    values = result if n_outputs > 1 else (result,)
    notes = [f"{w.category.__name__}: {w.message}" for w in caught]
    return CallResult([np.asarray(v) for v in values], None, notes, 0.0)
