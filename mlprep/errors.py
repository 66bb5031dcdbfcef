"""The exceptions mlprep turns into one-line messages; everything else is a bug."""

from __future__ import annotations


class MlprepError(Exception):
    """Root of mlprep's expected errors. `exit_code` is what the CLI exits with."""

    exit_code = 1


class UsageError(MlprepError):
    """The command was called wrongly: unknown name, missing file, bad option value."""

    exit_code = 2


class SettingError(UsageError):
    """A setting is wrong (an environment variable, the data directory): the message names it."""


class BankError(MlprepError):
    """One or more question files are invalid; each problem is one `file:line: field: message` line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class StoreError(MlprepError):
    """The SQLite store cannot be opened or is from a newer mlprep."""
