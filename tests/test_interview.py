"""The interview's core: choosing questions, judging answers in either language, follow-ups, the report, and
recording an interview as one transaction."""

from __future__ import annotations

import random
from datetime import datetime, timezone
from pathlib import Path

import pytest

from mlprep.bank.model import Option, Question
from mlprep.interview import (
    Answer,
    DrillResult,
    Report,
    choose,
    follow_up,
    judge,
    parse_ratings,
    suggested_rating,
    wants_follow_up,
    weak_cards,
)
from mlprep.practice import record_interview
from mlprep.srs.store import CardRow, Store

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)


def question(qid: str, topic: str = "t", difficulty: str = "medium", **fields) -> Question:
    defaults = {
        "tags": ("x",),
        "question": f"{qid}?",
        "answer": "梯度下降 与 学习率",
        "key_points": ("梯度下降", "学习率"),
        "key_points_en": ("gradient descent", "learning rate"),
    }
    return Question(qid, topic, difficulty=difficulty, **{**defaults, **fields})


CHOICE = Question(
    "c",
    "t",
    ("x",),
    "easy",
    "which?",
    type="choice",
    options=(Option("yes", True, "yes-en"), Option("no", False, "no-en"), Option("also", True, "also-en")),
    explanation="a and c",
)


def test_choose_takes_topics_in_turn_prefers_due_then_weak_and_ramps_up() -> None:
    pool = [question(f"{t}-{d}", t, d) for t in ("a", "b") for d in ("hard", "easy", "medium")]
    chosen = choose(pool, 4, due={"a-hard"}, weak={"b-medium"}, seen=set(), rng=random.Random(1))
    assert {q.id for q in chosen} >= {"a-hard", "b-medium"}
    assert [q.topic for q in chosen].count("a") == 2 and [q.topic for q in chosen].count("b") == 2
    assert [q.difficulty for q in chosen] == sorted(
        (q.difficulty for q in chosen), key=["easy", "medium", "hard"].index
    )
    again = choose(pool, 4, due={"a-hard"}, weak={"b-medium"}, seen=set(), rng=random.Random(1))
    assert again == chosen


def test_a_key_point_counts_in_either_language_and_is_reported_in_the_interview_language() -> None:
    q = question("q")
    assert judge(q, "we used gradient descent; 学习率 too", "zh") == (["梯度下降", "学习率"], [True, True])
    assert judge(q, "gradient descent only", "en") == (["gradient descent", "learning rate"], [True, False])


def test_a_choice_is_right_or_not_and_names_its_right_options() -> None:
    assert judge(CHOICE, "AC", "zh") == (["yes / also"], [True])
    assert judge(CHOICE, "a", "en") == (["yes-en / also-en"], [False])
    assert judge(CHOICE, "", "zh")[1] == [False]


def answer(qid: str, covered: list[bool], topic: str = "t", of: str | None = None) -> Answer:
    return Answer(qid, topic, "medium", "text", [f"p{i}" for i in range(len(covered))], covered, 5.0, of)


def test_a_thin_answer_gets_one_named_follow_up_else_a_related_one() -> None:
    parent = question("parent", follow_ups=("named", "second"))
    named, related, other = question("named", "elsewhere"), question("related"), question("other", tags=("y",))
    pool = [parent, named, related, other]
    assert wants_follow_up(answer("parent", [True, False, False]))
    assert not wants_follow_up(answer("parent", [True, False]))
    assert not wants_follow_up(answer("named", [False], of="parent"))  # never a follow-up of a follow-up
    assert follow_up(parent, pool, {"parent"}, random.Random(0)) == named
    assert follow_up(parent, pool, {"parent", "named"}, random.Random(0)) == related  # same topic and a tag
    assert follow_up(parent, pool, {"parent", "named", "related"}, random.Random(0)) is None


def test_ratings_are_suggested_from_coverage_and_may_be_typed() -> None:
    assert [suggested_rating(c) for c in (1.0, 0.8, 0.5, 0.49, 0.0)] == [3, 3, 2, 1, 1]
    assert parse_ratings("3 2 4", 3) == [3, 2, 4]
    assert parse_ratings("324", 3) == [3, 2, 4]
    assert parse_ratings("3 2", 3) is None and parse_ratings("3 2 5", 3) is None and parse_ratings("", 1) is None


def test_the_report_scores_finds_weak_topics_and_survives_a_round_trip() -> None:
    report = Report(
        "2026-03-02T08:00:00+00:00",
        30,
        "en",
        [answer("a1", [True, False], "alpha"), answer("b1", [True, True], "beta"), answer("a2", [False], "alpha")],
        DrillResult("rows", False, 3, 6, ["l1"], 1000.0, failing=["t1"]),
    )
    assert report.score == round(100 * (0.7 * (0.5 + 1 + 0) / 3 + 0.3 * 0.5), 1)
    assert report.weakest_topics() == [("alpha", 0.25)]  # beta had nothing missing
    assert report.review_next() == ["a2", "a1", "drill:rows"]
    assert report.drill.over_budget and report.seconds == 1015.0
    data = report.to_dict()
    assert data["answers"][0]["missed"] == ["p1"] and data["drill"]["over_budget"] is True
    assert Report.from_dict(data) == report


def test_weak_cards_lapsed_or_hard() -> None:
    def card(difficulty: float) -> CardRow:
        return CardRow("x", 2, None, 3.0, difficulty, "2026-03-03T00:00:00+00:00", None, "2026-03-01T00:00:00+00:00")

    cards = {"easy": card(2.0), "hard": card(7.5), "lapsed": card(3.0)}
    assert weak_cards(cards, {"lapsed": (5, 1), "easy": (3, 0)}) == {"hard", "lapsed"}


def test_an_interview_is_recorded_whole_or_not_at_all(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    report = Report("2026-03-02T08:00:00+00:00", 30, "zh", [answer("q1", [True]), answer("q2", [False])])
    report.answers[0].rating, report.answers[1].rating = 3, 1
    interview_id = record_interview(store, report, T0)
    assert store.interview(interview_id)["answers"][1]["rating"] == 1
    assert [r[0] for r in store.conn.execute("SELECT card_id, rating FROM review_log")] == ["q1", "q2"]
    broken = Report("2026-03-02T08:00:00+00:00", 30, "zh", [answer("q3", [True])])  # rating 0 is refused
    with pytest.raises(ValueError):
        record_interview(store, broken, T0)
    assert store.conn.execute("SELECT count(*) FROM review_log").fetchone()[0] == 2
    assert [i for i, _, _ in store.interviews()] == [interview_id]
    store.close()
