"""`mlprep config`: read and change the learner's settings."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(help="Read and change your settings (stored in config.toml under MLPREP_HOME).", no_args_is_help=True)


def _show(value: object) -> str:
    return "none" if value is None else str(value)


@app.command("list")
def list_() -> None:
    """Every setting with its value and what it means.

    Example: mlprep config list
    """
    from mlprep import config

    values = config.load()
    for key, setting in config.SETTINGS.items():
        print(f"{key} = {_show(values[key])}    # {setting.help}")


@app.command("get")
def get(key: Annotated[str, typer.Argument(help="The setting's name.", show_default=False)]) -> None:
    """Print one setting.

    Example: mlprep config get new_per_day
    """
    from mlprep import config

    print(_show(config.get(key)))


@app.command("set")
def set_(
    key: Annotated[str, typer.Argument(help="The setting's name.", show_default=False)],
    value: Annotated[str, typer.Argument(help="Its new value ('none' clears a date).", show_default=False)],
) -> None:
    """Change one setting; the value is checked first.

    Example: mlprep config set exam_date 2026-12-20
    """
    from mlprep import config

    stored = config.set_value(key, value)
    print(f"{key} = {_show(stored)}")
