"""`mlprep export`: the bank to Anki or a spreadsheet, and the review log for FSRS tools."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mlprep.cli.options import BankOption, open_csv
from mlprep.errors import UsageError

if TYPE_CHECKING:
    from mlprep.bank.model import Question

HELP = """Export questions to Anki (.apkg) or CSV, or your review log (--reviews) for FSRS tools.

Examples: mlprep export --format apkg -o mlprep.apkg --topic attention --lang both;
mlprep export --reviews -o reviews.csv
"""


class Format(str, Enum):
    apkg = "apkg"
    csv = "csv"


class ExportLang(str, Enum):
    zh = "zh"
    en = "en"
    both = "both"


def register(app: typer.Typer) -> None:
    app.command("export", help=HELP)(export)


def export(
    fmt: Annotated[Format, typer.Option("--format", help="apkg (Anki) or csv.")] = Format.csv,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="The file to write.", show_default=False)
    ] = None,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", help="Only these topics (repeatable).", show_default=False)
    ] = None,
    lang: Annotated[ExportLang, typer.Option("--lang", help="zh, en or both.")] = ExportLang.both,
    reviews: Annotated[bool, typer.Option("--reviews", help="Export the review log (CSV) instead.")] = False,
    bank: BankOption = None,
) -> None:
    from mlprep.srs.store import open_store

    path = output or Path("mlprep-reviews.csv" if reviews else f"mlprep.{fmt.value}")
    if reviews:
        if fmt is Format.apkg:
            raise UsageError("--reviews writes CSV; drop --format apkg")
        from mlprep.export.tables import write_reviews

        with open_store() as store, open_csv(path, "--output") as out:
            count = write_reviews(out, store.log_rows())
        print(f"Wrote {count} reviews to {path}.")
        return
    questions = _questions(topic or [], bank or [])
    if fmt is Format.apkg:
        from mlprep.export import anki

        _writable(path)
        count = anki.write(questions, path, lang.value)
    else:
        from mlprep.export.tables import write_questions

        with open_store() as store, open_csv(path, "--output") as out:
            count = write_questions(out, questions, store.cards(), store.review_counts(), lang.value)
    print(f"Wrote {count} questions to {path}.")


def _questions(topics: list[str], extra: list[Path]) -> list[Question]:
    from mlprep.bank.cache import Filters, open_bank

    bank = open_bank(extra)
    if not topics:
        return bank.questions()
    known = bank.topics()
    unknown = [t for t in topics if t not in known]
    if unknown:
        raise UsageError(f"--topic: unknown topic '{unknown[0]}' (topics: {', '.join(known)})")
    return [q for t in topics for q in bank.questions(Filters(topic=t))]


def _writable(path: Path) -> None:
    if not path.parent.is_dir():
        raise UsageError(f"--output: cannot write {path}: no directory {path.parent}")
