"""`mlprep dev`: tools for drill authors."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

app = typer.Typer(help="Tools for drill authors.", no_args_is_help=True)


@app.command("check")
def check(
    drills: Annotated[
        list[str] | None,
        typer.Argument(help="Drill names or drill directories (default: every drill).", show_default=False),
    ] = None,
) -> None:
    """Prove drills correct: the starter fails, the reference and alternatives pass, every known bug is
    caught and named as itself, no two bugs look alike, the prompt names every function, no stray files.

    Example: mlprep dev check ./my-drills/softmax
    """
    from mlprep.grader import devcheck

    console = Console(highlight=False)
    failed = 0
    for path in devcheck.targets(drills or []):
        result = devcheck.check(path)
        if result.ok:
            console.print(Text.assemble(("✓ ", "green"), result.drill))
            continue
        failed += 1
        console.print(Text.assemble(("✗ ", "red"), (result.drill, "bold"), f" ({result.path})"), soft_wrap=True)
        for problem in result.problems:
            console.print(Text(f"  {result.drill}: {problem}"), soft_wrap=True)
    raise typer.Exit(1 if failed else 0)
