"""Fitting FSRS parameters to the learner's own reviews with py-fsrs's optimizer (the `optimizer` extra:
torch, pandas, tqdm), and measuring the fit as the log loss of predicted recall on their history.

Only reviews on a later day than the card's previous one count, as in FSRS; the optimizer needs
MIN_REVIEWS of them, else it returns the defaults unchanged.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from fsrs import Card, Rating, ReviewLog, Scheduler

MIN_REVIEWS = 512  # py-fsrs's optimizer mini-batch size: with fewer it keeps the defaults
EPSILON = 1e-7


class OptimizerMissing(Exception):
    """The optional optimizer dependencies are not installed."""


def _histories(reviews: Sequence[tuple[str, str, int, int | None]]) -> dict[str, list[tuple[datetime, int]]]:
    by_card: dict[str, list[tuple[datetime, int]]] = defaultdict(list)
    for card_id, at, rating, _ in reviews:
        by_card[card_id].append((datetime.fromisoformat(at), rating))
    return by_card


def counted_reviews(reviews: Sequence[tuple[str, str, int, int | None]]) -> int:
    """Reviews that fall on a later day than the same card's previous review."""
    total = 0
    for history in _histories(reviews).values():
        total += sum(1 for (a, _), (b, _) in itertools.pairwise(history) if (b - a).days > 0)
    return total


def log_loss(reviews: Sequence[tuple[str, str, int, int | None]], parameters: Sequence[float] | None) -> float:
    """Mean binary cross-entropy of FSRS's predicted recall against what happened (Again = forgotten)."""
    scheduler = Scheduler(parameters=tuple(parameters)) if parameters else Scheduler()
    losses = []
    for history in _histories(reviews).values():
        card: Card | None = None
        for at, rating in history:
            if card is None:
                card = Card(card_id=0, due=at)
            elif card.last_review and (at - card.last_review).days > 0:
                p = min(max(scheduler.get_card_retrievability(card, at), EPSILON), 1 - EPSILON)
                recalled = rating != Rating.Again
                losses.append(-math.log(p if recalled else 1 - p))
            card, _ = scheduler.review_card(card, Rating(rating), at)
    return sum(losses) / len(losses) if losses else float("nan")


def fit(reviews: Sequence[tuple[str, str, int, int | None]]) -> list[float]:
    """Parameters fitted by py-fsrs's optimizer (deterministic: it seeds its own shuffling)."""
    try:
        import torch  # noqa: F401
        from fsrs.optimizer import Optimizer
    except ImportError:
        raise OptimizerMissing from None
    ids = {card: i for i, card in enumerate(dict.fromkeys(r[0] for r in reviews))}
    logs = [
        ReviewLog(
            card_id=ids[card], rating=Rating(rating), review_datetime=datetime.fromisoformat(at), review_duration=ms
        )
        for card, at, rating, ms in reviews
    ]
    return [float(p) for p in Optimizer(logs).compute_optimal_parameters()]
