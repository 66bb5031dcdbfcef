"""`mlprep bank validate | list | show | search | topics | tags`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from mlprep.bank.cache import Filters, open_bank
from mlprep.cli import render
from mlprep.cli.i18n import say
from mlprep.cli.options import (
    BankOption,
    DifficultyOption,
    JsonOption,
    Lang,
    LangOption,
    TagOption,
    TopicOption,
    lang_value,
    no_match,
)

ID_COLUMN = 40

app = typer.Typer(no_args_is_help=True, help="Check, list, show and search questions; their topics and tags.")


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
    lang: LangOption = None,
    bank: BankOption = None,
) -> None:
    """List questions by topic: id, difficulty, type and the question's first line."""
    from itertools import groupby

    filters = Filters(topic=topic, tag=tag, difficulty=difficulty.value if difficulty else None)
    loaded = open_bank(bank or [])
    questions = loaded.questions(filters)
    if not questions and any(vars(filters).values()):
        raise no_match(loaded, filters)
    console = Console(highlight=False)
    for name, group in groupby(sorted(questions, key=lambda q: q.topic), key=lambda q: q.topic):
        rows = list(group)
        console.print(f"[bold cyan]{name}[/] [dim]({len(rows)})[/]")
        kind = say(lang_value(lang), "choice")
        first_lines = [q.in_language(lang_value(lang)).question.splitlines()[0] for q in rows]
        console.print(
            render.listing(
                [
                    (q.id, q.difficulty, kind if q.is_choice else "", text)
                    for q, text in zip(rows, first_lines, strict=True)
                ]
            )
        )
    console.print(say(lang_value(lang), "questions", len(questions)))


@app.command()
def show(
    question_id: Annotated[str, typer.Argument(metavar="ID", help="The question's id.")],
    lang: LangOption = None,
    bank: BankOption = None,
) -> None:
    """Show one question with its answer, key points, pitfalls and references."""
    question = open_bank(bank or []).require(question_id)
    view = question.in_language(lang_value(lang))
    console = Console(highlight=False)
    render.show_question(console, view, 1, 1, lang_value(lang))
    if view.is_choice:
        render.show_choice_result(console, view, lang_value(lang), set(), None)
    else:
        render.show_answer(console, view, lang_value(lang))
    details = [("id", question.id), ("source", question.source), ("tags", ", ".join(question.tags) or "—")]
    if question.seed:
        details.append(("seed", question.seed))
    details += [("ref", ref) for ref in question.refs]
    render.show_details(console, details)


@app.command()
def search(
    words: Annotated[
        list[str],
        typer.Argument(metavar="TEXT...", help="What to look for; every term must occur.", show_default=False),
    ],
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", help="Search only this language's text (default: both).", show_default=False),
    ] = None,
    as_json: JsonOption = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most N questions.")] = 20,
    bank: BankOption = None,
) -> None:
    """Find questions by their text, in Chinese and English, best matches first.

    Searches the question, answer, key points, pitfalls, options, explanation and tags. Each
    whitespace-separated term must occur in a question, as a substring and in any case: 正则化 finds
    L2 正则化, regulariz finds regularization. Terms of 3 or more characters are
    looked up in a full-text index and the best matches come first. Shorter terms (梯度, L2) cannot be
    indexed: they are matched by scanning the text, and a search made only of them lists the questions
    where they occur in the question or tags first, then in bank order. Exit status 1 when nothing matches.

    Example: mlprep bank search 注意力 --lang zh
    """
    from mlprep.errors import MlprepError, UsageError

    text = " ".join(words)
    if not text.split():
        raise UsageError("TEXT: give a word or phrase to search for")
    found = open_bank(bank or []).search(text, lang_value(lang) if lang else None, limit)
    if not found.indexed:
        import sqlite3
        import sys

        print(
            f"mlprep: this SQLite ({sqlite3.sqlite_version}) has no FTS5 trigram tokenizer (SQLite 3.34 or later"
            " built with FTS5 has it); searching by scanning the text, unranked",
            file=sys.stderr,
        )
    if as_json:
        import json

        hits = [{**vars(hit), "marks": [list(m) for m in hit.marks]} for hit in found.hits]
        result = {
            "query": text,
            "lang": lang_value(lang) if lang else None,
            "total": found.total,
            "ranked": found.ranked,
        }
        print(json.dumps({**result, "hits": hits}, ensure_ascii=False, indent=2))
    elif found.hits:
        console = Console(highlight=False)
        console.print(render.search_hits(found.hits))
        shown = f" ({len(found.hits)} shown; --limit N shows more)" if found.total > len(found.hits) else ""
        console.print(f"[dim]{say((lang or Lang.zh).value, 'questions', found.total)}{shown}[/]")
    if not found.hits:
        if as_json:
            raise typer.Exit(1)
        raise MlprepError(f"no questions contain {' and '.join(repr(t) for t in text.split())}")


@app.command()
def topics(as_json: JsonOption = False, bank: BankOption = None) -> None:
    """The topics of the banks in use, with how many questions each has.

    Example: mlprep bank topics --json | jq '.[].topic'
    """
    _show_counts("topic", open_bank(bank or []).topic_counts(), as_json)


@app.command()
def tags(as_json: JsonOption = False, bank: BankOption = None) -> None:
    """The tags of the banks in use (in lower case), with how many questions carry each; most used first.

    Example: mlprep bank tags
    """
    _show_counts("tag", open_bank(bank or []).tag_counts(), as_json)


def _show_counts(kind: str, counts: dict[str, int], as_json: bool) -> None:
    if as_json:
        import json

        print(json.dumps([{kind: name, "questions": n} for name, n in counts.items()], ensure_ascii=False, indent=2))
        return
    from mlprep.cli.flow import Flow
    from mlprep.text.markdown import columns

    width = len(str(max(counts.values(), default=0)))
    rows: list[list[str | list[tuple[str, str]]]] = [[kind, "questions"]]
    rows += [[name, str(n).rjust(width)] for name, n in counts.items()]
    console = Console(highlight=False)
    console.print(Flow(lambda columns_width: columns(rows, columns_width)))
    total = f"{len(counts)} {kind}{'s' if len(counts) != 1 else ''}"
    console.print(f"[dim]{total}[/]")


def _counted(questions: int, files: int) -> str:
    return f"{say('en', 'questions', questions)} in {files} file{'s' if files != 1 else ''}"
