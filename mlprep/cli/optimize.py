"""`mlprep optimize`: FSRS parameters fitted to your own review history."""

from __future__ import annotations

from typing import Annotated

import typer

from mlprep.errors import UsageError

HELP = """Fit FSRS's parameters to your own reviews (needs `pip install 'mlprep[optimizer]'` and enough
reviews), store them and use them from now on; --reset goes back to the defaults.

Example: mlprep optimize
"""


def register(app: typer.Typer) -> None:
    app.command("optimize", help=HELP)(optimize)


def optimize(
    reset: Annotated[bool, typer.Option("--reset", help="Forget fitted parameters; use FSRS's defaults.")] = False,
) -> None:
    from mlprep import clock
    from mlprep.srs import optimize as fitting
    from mlprep.srs.store import Fitted, iso, open_store

    with open_store() as store:
        if reset:
            store.save_parameters(None)
            print("Back to FSRS's default parameters.")
            return
        reviews = store.question_reviews()
        counted = fitting.counted_reviews(reviews)
        if counted < fitting.MIN_REVIEWS:
            raise UsageError(
                f"optimizing needs at least {fitting.MIN_REVIEWS} reviews made on a later day than the card's previous"
                f" one; you have {counted} so far — keep reviewing and try again"
            )
        try:
            parameters = fitting.fit(reviews)
        except fitting.OptimizerMissing:
            raise UsageError("optimizing needs the optimizer extra: pip install 'mlprep[optimizer]'") from None
        before = fitting.log_loss(reviews, None)
        after = fitting.log_loss(reviews, parameters)
        if after > before:
            print(
                f"The fitted parameters predict your reviews worse (log loss {after:.4f} vs {before:.4f});"
                " kept the current ones."
            )
            return
        store.save_parameters(Fitted(parameters, iso(clock.now()), counted, before, after))
    print(f"Fitted FSRS to {counted} of your reviews: log loss {before:.4f} with the defaults, {after:.4f} fitted.")
    print("Review now schedules with them; `mlprep optimize --reset` goes back to the defaults.")
