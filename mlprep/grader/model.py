"""The grader's data: hidden test cases, how outputs are compared, and the report of one check."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

GROUPS = ("correctness", "shapes", "edge cases", "stability", "performance")


@dataclass(frozen=True)
class Out:
    """One return value of a drill function and how it is compared.

    kind "float": |got − expected| ≤ atol·max(1, max|expected|) + rtol·|expected| element-wise;
    "exact": equal values (any numeric dtype); "bool": a bool array with equal values.
    """

    name: str
    kind: str = "float"
    rtol: float = 1e-6
    atol: float = 1e-9


@dataclass(frozen=True)
class Case:
    """One hidden test: a call of `func` with these arguments, compared against the reference.

    `seed` is the seed its inputs were generated from (None for hand-written cases); `note` says what
    the case is about and is shown when it fails; `no_warnings` fails the case on any numpy floating-point
    warning; `time_limit` (seconds) makes it a performance case, never used to diagnose.
    """

    name: str
    group: str
    func: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    seed: int | None = None
    note: str = ""
    no_warnings: bool = False
    time_limit: float | None = None

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise ValueError(f"case {self.name!r}: unknown group {self.group!r}")


@dataclass(frozen=True)
class CallResult:
    """What one call gave back: its return values as arrays (a string describes a value that was not a
    numeric array), or an error `{type, bases, message, traceback}`; numpy warnings; seconds taken."""

    outputs: list[Any]
    error: dict | None
    warnings: list[str]
    seconds: float


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
    """A known bug whose outputs match the submission's: on every test (`exact`) or on `matches` failing ones."""

    bug: str
    description: str
    exact: bool
    matches: int
    failing: int


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
