"""The `mlprep` command: sub-command registration and the one place errors become messages."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from mlprep import __version__
from mlprep.errors import MlprepError


def report_error(exc: MlprepError) -> None:
    """Print an expected error as plain lines on stderr (one line per problem)."""
    for line in str(exc).splitlines() or [type(exc).__name__]:
        print(f"mlprep: {line}", file=sys.stderr)


class MlprepGroup(TyperGroup):
    """Turns `MlprepError` from any sub-command into its message and exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except MlprepError as exc:
            report_error(exc)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=MlprepGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Machine-learning interview practice: questions with spaced repetition, and hand-coding drills.",
)


def _show_version(value: bool) -> None:
    if value:
        print(f"mlprep {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Machine-learning interview practice: questions with spaced repetition, and hand-coding drills."""
    from mlprep import clock

    clock.now()  # a malformed MLPREP_NOW is reported before anything is shown


def _register() -> None:
    from mlprep.cli import bank, study

    study.register(app)
    app.add_typer(bank.app, name="bank")
    from mlprep.cli import card, config, dev, drill, export, grade, interview, optimize, plan

    drill.register(app)
    grade.register(app)
    interview.register(app)
    export.register(app)
    app.add_typer(config.app, name="config")
    app.add_typer(card.app, name="card")
    plan.register(app)
    optimize.register(app)
    app.add_typer(dev.app, name="dev")


_register()


def main() -> None:
    """Console-script entry point: unexpected errors become one line unless MLPREP_DEBUG=1."""
    try:
        app()
    except Exception as exc:
        if os.environ.get("MLPREP_DEBUG") == "1":
            raise
        print(
            f"mlprep: internal error: {type(exc).__name__}: {exc} (set MLPREP_DEBUG=1 for details)",
            file=sys.stderr,
        )
        sys.exit(1)
