"""`mlprep bank validate | list | show`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from mlprep.bank.cache import Filters, open_bank
from mlprep.cli import render
from mlprep.cli.i18n import say
from mlprep.cli.options import BankOption, DifficultyOption, Lang, LangOption, TagOption, TopicOption

ID_COLUMN = 40

app = typer.Typer(no_args_is_help=True, help="Check, list and show questions.")


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="PATH...", help="Files or bank directories to check (default: the configured banks)."),
    ] = None,
    alone: Annotated[
        bool, typer.Option("--alone", help="Check PATHs by themselves, not together with the configured banks.")
    ] = False,
    bank: BankOption = None,
) -> None:
    """Check bank files as quiz and review load them: together with the shipped bank, $MLPREP_BANK and --bank,
    so an id used twice anywhere is reported with both places. Each problem is printed as
    file:line: field: message, and the exit status is 1 if there are any."""
    from mlprep import paths as mlprep_paths
    from mlprep.bank.cache import Bank
    from mlprep.bank.files import scan
    from mlprep.errors import UsageError

    if alone and not paths:
        raise UsageError("--alone: give the files or directories to check")
    targets = [mlprep_paths.checked_path(p, "PATH") for p in paths or []]
    configured = [] if alone else mlprep_paths.bank_dirs(bank or [])
    loaded = Bank.open(list(dict.fromkeys(configured + targets)), mlprep_paths.cache_path())
    counts = loaded.counts()
    loaded.close()
    checked = {f.path for f in scan(targets)[0]} if targets else set(counts)
    print(f"ok: {_counted(sum(counts[p] for p in checked), len(checked))}", end="")
    if targets and not alone:
        print(f" (with the configured banks: {_counted(sum(counts.values()), len(counts))})", end="")
    print()


@app.command("list")
def list_(
    topic: TopicOption = None,
    tag: TagOption = None,
    difficulty: DifficultyOption = None,
    lang: LangOption = Lang.zh,
    bank: BankOption = None,
) -> None:
    """List questions by topic: id, difficulty, type and the question's first line."""
    from itertools import groupby

    filters = Filters(topic=topic, tag=tag, difficulty=difficulty.value if difficulty else None)
    questions = open_bank(bank or []).questions(filters)
    console = Console(highlight=False)
    for name, group in groupby(sorted(questions, key=lambda q: q.topic), key=lambda q: q.topic):
        rows = list(group)
        console.print(f"[bold cyan]{name}[/] [dim]({len(rows)})[/]")
        kind = say(lang.value, "choice")
        first_lines = [q.in_language(lang.value).question.splitlines()[0] for q in rows]
        console.print(
            render.listing(
                [
                    (q.id, q.difficulty, kind if q.is_choice else "", text)
                    for q, text in zip(rows, first_lines, strict=True)
                ]
            )
        )
    console.print(say(lang.value, "questions", len(questions)))


@app.command()
def show(
    question_id: Annotated[str, typer.Argument(metavar="ID", help="The question's id.")],
    lang: LangOption = Lang.zh,
    bank: BankOption = None,
) -> None:
    """Show one question with its answer, key points, pitfalls and references."""
    question = open_bank(bank or []).require(question_id)
    view = question.in_language(lang.value)
    console = Console(highlight=False)
    render.show_question(console, view, 1, 1, lang.value)
    if view.is_choice:
        render.show_choice_result(console, view, lang.value, set(), None)
    else:
        render.show_answer(console, view, lang.value)
    details = [("id", question.id), ("source", question.source), ("tags", ", ".join(question.tags) or "—")]
    if question.seed:
        details.append(("seed", question.seed))
    details += [("ref", ref) for ref in question.refs]
    render.show_details(console, details)


def _counted(questions: int, files: int) -> str:
    return f"{say('en', 'questions', questions)} in {files} file{'s' if files != 1 else ''}"
