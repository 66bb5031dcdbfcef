"""Spreadsheet exports: the questions with the learner's card state, and the review log in the column
layout the FSRS optimizer and benchmark datasets read (card_id, review_time in ms, review_rating,
review_state, review_duration)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TextIO

from mlprep.bank.answers import LETTERS
from mlprep.bank.model import Question
from mlprep.srs.store import CardRow, LogRow

QUESTION_COLUMNS = [
    "id", "topic", "tags", "difficulty", "question", "answer", "key_points",
    "due", "stability", "difficulty_fsrs", "reps", "lapses",
]  # fmt: skip
REVIEW_COLUMNS = ["card_id", "review_time", "review_rating", "review_state", "review_duration"]


def _answer(q: Question) -> str:
    if not q.is_choice:
        return q.answer
    options = "\n".join(f"{LETTERS[i]}. {o.text}{' ✓' if o.correct else ''}" for i, o in enumerate(q.options))
    return f"{options}\n\n{q.explanation}"


def write_questions(
    out: TextIO, questions: Sequence[Question], cards: dict[str, CardRow], counts: dict[str, tuple[int, int]], lang: str
) -> int:
    """One row per question; `counts` maps card ids to (reps, lapses). Returns the number of rows."""
    writer = csv.writer(out)
    writer.writerow(QUESTION_COLUMNS)
    for q in questions:
        view = q.in_language(lang if lang != "both" else "zh")
        question, answer, points = view.question, _answer(view), " | ".join(view.key_points)
        if lang == "both":
            en = q.in_language("en")
            question += f"\n\n{en.question}"
            answer += f"\n\n{_answer(en)}"
            points += " || " + " | ".join(en.key_points)
        card = cards.get(q.id)
        reps, lapses = counts.get(q.id, (0, 0))
        writer.writerow(
            [
                q.id,
                q.topic,
                " ".join(q.tags),
                q.difficulty,
                question,
                answer,
                points,
                card.due if card else "",
                f"{card.stability:.4f}" if card and card.stability is not None else "",
                f"{card.difficulty:.4f}" if card and card.difficulty is not None else "",
                reps,
                lapses,
            ]
        )
    return len(questions)


def write_reviews(out: TextIO, rows: Iterable[LogRow]) -> int:
    """The review log, oldest first; a card's state before its first review is 0 (new)."""
    writer = csv.writer(out)
    writer.writerow(REVIEW_COLUMNS)
    count = 0
    for row in rows:
        millis = int(datetime.fromisoformat(row.reviewed_at).timestamp() * 1000)
        writer.writerow([row.card_id, millis, row.rating, row.state_before or 0, row.duration_ms or 0])
        count += 1
    return count
