"""`mlprep card`: look at one card and suspend, bury, flag, annotate or reset it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from mlprep.cli.options import BankOption

app = typer.Typer(help="Look at a card; suspend, bury, flag, annotate or reset it.", no_args_is_help=True)
IdArgument = Annotated[str, typer.Argument(help="A question id (or drill:NAME).", show_default=False)]
RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def _card_id(card_id: str, bank: list[Path] | None) -> str:
    """A known card id: a question in the banks, or a drill."""
    if card_id.startswith("drill:"):
        from mlprep.grader import catalog

        catalog.find(card_id.removeprefix("drill:"))
        return card_id
    from mlprep.bank.cache import open_bank

    return open_bank(bank or []).require(card_id).id


def _change(card_id: str, bank: list[Path] | None, message: str, **changes: object) -> None:
    from mlprep.srs.store import open_store

    known = _card_id(card_id, bank)
    with open_store() as store:
        store.mark(known, **changes)
    print(message.format(id=known))


@app.command()
def suspend(card_id: IdArgument, bank: BankOption = None) -> None:
    """Never show this card until it is unsuspended.

    Example: mlprep card suspend knn-choice-k-value
    """
    _change(card_id, bank, "Suspended {id}.", suspended=1)


@app.command()
def unsuspend(card_id: IdArgument, bank: BankOption = None) -> None:
    """Show a suspended card again.

    Example: mlprep card unsuspend knn-choice-k-value
    """
    _change(card_id, bank, "Unsuspended {id}.", suspended=0)


@app.command()
def bury(card_id: IdArgument, bank: BankOption = None) -> None:
    """Hide this card until tomorrow (local time).

    Example: mlprep card bury knn-choice-k-value
    """
    from mlprep import clock
    from mlprep.srs.store import iso

    _change(card_id, bank, "Buried {id} until tomorrow.", buried_until=iso(clock.start_of_next_local_day(clock.now())))


@app.command()
def unbury(card_id: IdArgument, bank: BankOption = None) -> None:
    """Show a buried card again today.

    Example: mlprep card unbury knn-choice-k-value
    """
    _change(card_id, bank, "Unburied {id}.", buried_until=None)


@app.command()
def flag(
    card_id: IdArgument,
    reason: Annotated[str, typer.Argument(help="Why (optional), e.g. 'answer seems wrong'.")] = "",
    bank: BankOption = None,
) -> None:
    """Flag a card, with an optional one-line reason.

    Example: mlprep card flag knn-choice-k-value "option c looks right too"
    """
    _change(card_id, bank, "Flagged {id}.", flag=" ".join(reason.split()))


@app.command()
def unflag(card_id: IdArgument, bank: BankOption = None) -> None:
    """Remove a card's flag.

    Example: mlprep card unflag knn-choice-k-value
    """
    _change(card_id, bank, "Unflagged {id}.", flag=None)


@app.command()
def note(
    card_id: IdArgument,
    text: Annotated[str, typer.Argument(help="Your note, shown under the answer ('' removes it).")],
    bank: BankOption = None,
) -> None:
    """Keep a personal note on a card; it is shown under the answer.

    Example: mlprep card note attention-why-scale-sqrt-dk "variance argument: q·k has variance d_k"
    """
    _change(card_id, bank, "Noted on {id}." if text.strip() else "Removed the note on {id}.", note=text.strip() or None)


@app.command()
def reset(
    card_id: IdArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    bank: BankOption = None,
) -> None:
    """Put a card back to new (its past reviews stay in the log).

    Example: mlprep card reset knn-choice-k-value --yes
    """
    from mlprep.srs.store import open_store

    known = _card_id(card_id, bank)
    if not yes and not typer.confirm(f"Reset {known} to new? Its schedule is lost", default=False):
        raise typer.Exit(1)
    with open_store() as store:
        had = store.forget(known)
    print(f"Reset {known} to new." if had else f"{known} was new already.")


@app.command()
def show(card_id: IdArgument, bank: BankOption = None) -> None:
    """A card's schedule, marks and latest reviews.

    Example: mlprep card show knn-choice-k-value
    """
    from mlprep.srs.store import open_store

    known = _card_id(card_id, bank)
    with open_store() as store:
        card, marks, reviews = store.card(known), store.marks(known), store.card_reviews(known)
    console = Console(highlight=False)
    console.print(Text(known, style="bold"))
    if card is None:
        console.print("  new (never reviewed)")
    else:
        console.print(f"  due {card.due}, stability {card.stability or 0:.2f} d, difficulty {card.difficulty or 0:.2f}")
    states = [
        label
        for label, on in (
            ("suspended", marks.suspended),
            (f"buried until {marks.buried_until}", marks.buried_until),
            (f"flagged: {marks.flag or '(no reason)'}", marks.flag is not None),
        )
        if on
    ]
    if states:
        console.print(Text("  " + "; ".join(states), style="yellow"))
    if marks.note:
        console.print(Text(f"  note: {marks.note}"))
    for at, rating in reviews:
        console.print(Text(f"  {at}  {RATINGS.get(rating, rating)}", style="dim"))


@app.command("list")
def list_(
    suspended: Annotated[bool, typer.Option("--suspended", help="Only suspended cards.")] = False,
    flagged: Annotated[bool, typer.Option("--flagged", help="Only flagged cards.")] = False,
    buried: Annotated[bool, typer.Option("--buried", help="Only cards buried now.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Cards you have marked (suspended, buried, flagged or with a note).

    Example: mlprep card list --flagged --json
    """
    from mlprep import clock
    from mlprep.srs.store import iso, open_store

    now = iso(clock.now())
    with open_store() as store:
        marks = store.all_marks()
    chosen = {
        card: m
        for card, m in sorted(marks.items())
        if (not suspended or m.suspended)
        and (not flagged or m.flag is not None)
        and (not buried or (m.buried_until or "") > now)
        and (m.suspended or m.flag is not None or m.note or (m.buried_until or "") > now)
    }
    if as_json:
        rows = [
            {
                "id": card,
                "suspended": m.suspended,
                "buried_until": m.buried_until if (m.buried_until or "") > now else None,
                "flag": m.flag,
                "note": m.note,
            }
            for card, m in chosen.items()
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return
    if not chosen:
        print("No marked cards.")
    for card, m in chosen.items():
        what = [w for w, on in (("suspended", m.suspended), ("buried", (m.buried_until or "") > now)) if on]
        if m.flag is not None:
            what.append(f"flagged{': ' + m.flag if m.flag else ''}")
        if m.note:
            what.append(f"note: {m.note}")
        print(f"{card}  {'; '.join(what)}")
