"""The grader's data: the declared contract of a drill's functions, hidden test cases, and the report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

GROUPS = ("correctness", "shapes", "edge cases", "stability", "performance")
KINDS = ("float", "integer", "bool", "scalar")
# What a failure can be; a case's note names the kinds (or output names) it explains.
FAILURES = ("error", "returns", "type", "dtype", "shape", "nonfinite", "values", "mutated", "warning", "slow")


@dataclass(frozen=True)
class Out:
    """One return value of a drill function and how it is compared.

    kind "float": an array of any numeric dtype, |got − expected| ≤ atol·max(1, max|expected|) + rtol·|expected|
    element-wise; "scalar": the same for a single number (shape ()); "integer": an integer dtype with equal
    values; "bool": a bool dtype with equal values.
    """

    name: str
    kind: str = "float"
    rtol: float = 1e-6
    atol: float = 1e-9

    @property
    def exact(self) -> bool:
        return self.kind in ("integer", "bool")


@dataclass(frozen=True)
class Function:
    """A function a drill asks for, as declared in drill.yaml: its parameters (names in order, with the
    default's source text or None) and its outputs."""

    name: str
    params: tuple[tuple[str, str | None], ...]
    outputs: tuple[Out, ...]

    @property
    def signature(self) -> str:
        return f"{self.name}({', '.join(p if d is None else f'{p}={d}' for p, d in self.params)})"

    def argument_name(self, key: int | str) -> str:
        """The parameter a positional index or keyword refers to."""
        if isinstance(key, int):
            return self.params[key][0] if key < len(self.params) else f"argument {key + 1}"
        return key


@dataclass(frozen=True)
class Case:
    """One hidden test: a call of `func` with these arguments, compared against the reference.

    `seed` is the seed its inputs were generated from (None for hand-written cases). `note` says what the
    case is about; it is shown only for a failure it explains: `note_on` lists failure kinds (see FAILURES)
    or output names, by default "slow" for a performance case, "warning"/"nonfinite" for one with
    `no_warnings`, else "values"/"nonfinite". `no_warnings` fails the case on any numpy floating-point
    warning; `time_limit` (seconds) makes it a performance case, never used to diagnose.
    """

    name: str
    group: str
    func: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    seed: int | None = None
    note: str = ""
    note_on: tuple[str, ...] = ()
    no_warnings: bool = False
    time_limit: float | None = None

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise ValueError(f"case {self.name!r}: unknown group {self.group!r}")

    def explains(self, failure: str, output: str | None) -> bool:
        """Whether the note is about a failure of this kind (on this output)."""
        if not self.note:
            return False
        on = self.note_on or (
            ("slow",)
            if self.time_limit is not None
            else ("warning", "nonfinite")
            if self.no_warnings
            else ("values", "nonfinite")
        )
        return failure in on or (output is not None and output in on)


@dataclass(frozen=True)
class CallResult:
    """What one call gave back: its return values as arrays (a string describes a value that was not a
    numeric array), or an error `{type, bases, message, traceback}`; numpy warnings; seconds taken; and
    the arguments it changed in place (positional indices and keyword names)."""

    outputs: list[Any]
    error: dict | None
    warnings: list[str]
    seconds: float
    mutated: list[int | str] = field(default_factory=list)


@dataclass
class CaseResult:
    """The verdict on one case, with what a learner needs to act on it."""

    name: str
    group: str
    func: str
    passed: bool
    message: str = ""
    seed: int | None = None
    inputs: str = ""
    note: str = ""
    traceback: str = ""
    bugs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Diagnosis:
    """A known bug the submission behaves like. `exact`: on every case where that bug changes the result
    (`differs` of them); otherwise only on the cases named in `matched`."""

    bug: str
    description: str
    exact: bool
    matched: list[str]
    differs: int


@dataclass(frozen=True)
class Output:
    """What the submission printed: the kept text, how many bytes there were in all, whether some were cut."""

    text: str = ""
    total: int = 0
    truncated: bool = False


@dataclass
class Report:
    """The result of checking one file against one drill."""

    drill: str
    file: str
    tests: list[CaseResult]
    diagnosis: list[Diagnosis] = field(default_factory=list)
    problem: str = ""
    stdout: Output = Output()
    stderr: Output = Output()
    seconds: float = 0.0
    isolation: str = ""  # how the submission was confined: "namespaces" or "process" (docs/sandbox.md)

    @property
    def passed(self) -> bool:
        return bool(self.tests) and all(t.passed for t in self.tests)

    @property
    def tests_passed(self) -> int:
        return sum(t.passed for t in self.tests)

    def to_dict(self) -> dict:
        """The `--json` form."""
        return {
            "drill": self.drill,
            "file": self.file,
            "passed": self.passed,
            "tests_passed": self.tests_passed,
            "tests_total": len(self.tests),
            "tests": [asdict(t) for t in self.tests],
            "diagnosis": [asdict(d) for d in self.diagnosis],
            "problem": self.problem,
            "stdout": asdict(self.stdout),
            "stderr": asdict(self.stderr),
            "seconds": round(self.seconds, 3),
            "isolation": self.isolation,
        }
