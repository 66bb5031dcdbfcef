"""`mlprep optimize`: refuses with one line without enough reviews or without the extra; with the extra
(installed in CI) fits parameters to a simulated learner's history, stores them with the log loss before
and after, and `--reset` goes back to the defaults."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from fsrs import Card, Rating, Scheduler
from typer.testing import CliRunner

from mlprep.cli.app import app
from mlprep.srs import optimize as fitting
from mlprep.srs.store import CardRow, Review, iso, open_store

runner = CliRunner()
START = datetime(2025, 1, 1, 9, 0, tzinfo=timezone.utc)
# A learner who forgets faster than FSRS's defaults assume: lower initial stabilities.
LEARNER = (0.1, 0.4, 0.9, 3.0, *Scheduler().parameters[4:])


def simulate(cards: int, days: int, seed: int = 7) -> None:
    """Review `cards` questions on the days FSRS schedules them; recall is drawn from the learner's own
    forgetting curve."""
    rng = random.Random(seed)
    truth, scheduler = Scheduler(parameters=LEARNER, enable_fuzzing=False), Scheduler(enable_fuzzing=False)
    with open_store() as store, store.transaction():
        for i in range(cards):
            card_id, at = f"sim-{i}", START + timedelta(hours=i % 24)
            card, real = Card(card_id=i, due=at), Card(card_id=i, due=at)
            while at < START + timedelta(days=days):
                recalled = card.last_review is None or rng.random() < truth.get_card_retrievability(real, at)
                rating = Rating.Good if recalled else Rating.Again
                card, _ = scheduler.review_card(card, rating, at)
                real, _ = truth.review_card(real, rating, at)
                row = CardRow(card_id, card.state.value, card.step, card.stability, card.difficulty, iso(card.due),
                              iso(at), iso(START))  # fmt: skip
                store.write_review(Review(row, int(rating), iso(at), None, None, 0.0))
                at = max(card.due, at + timedelta(minutes=10))


def test_too_few_reviews_is_one_line() -> None:
    simulate(cards=3, days=30)
    result = runner.invoke(app, ["optimize"])
    assert result.exit_code == 2
    assert f"needs at least {fitting.MIN_REVIEWS} reviews" in result.stderr and "you have" in result.stderr


def test_the_log_loss_of_the_defaults_is_finite() -> None:
    simulate(cards=5, days=60)
    with open_store() as store:
        reviews = store.question_reviews()
    assert 0 < fitting.log_loss(reviews, None) < 5


def test_fit_store_use_and_reset() -> None:
    pytest.importorskip("torch")
    simulate(cards=120, days=150)
    result = runner.invoke(app, ["optimize"])
    assert result.exit_code == 0, result.output
    assert "log loss" in result.stdout
    with open_store() as store:
        fitted = store.fitted_parameters()
    assert fitted is not None and len(fitted.parameters) == len(Scheduler().parameters)
    assert fitted.reviews >= fitting.MIN_REVIEWS and fitted.loss_after <= fitted.loss_before
    assert runner.invoke(app, ["optimize", "--reset"]).exit_code == 0
    with open_store() as store:
        assert store.fitted_parameters() is None


def test_without_the_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    simulate(cards=120, days=150)

    def missing(reviews: object) -> list[float]:
        raise fitting.OptimizerMissing

    monkeypatch.setattr(fitting, "fit", missing)
    result = runner.invoke(app, ["optimize"])
    assert result.exit_code == 2 and "pip install 'mlprep[optimizer]'" in result.stderr
