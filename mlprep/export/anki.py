"""An Anki package (.apkg) of the bank through genanki: one note per question, with a stable deck id,
note-model id and note GUIDs derived from question ids, so a re-export updates notes in Anki instead of
adding duplicates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mlprep.bank.answers import LETTERS
from mlprep.bank.model import Question
from mlprep.errors import UsageError
from mlprep.export.html import items, to_html

DECK_ID = 1_733_216_540  # fixed forever: Anki recognises the deck by it
MODEL_ID = 1_733_216_541
FIELDS = ["Id", "Front", "Back", "Topic"]
CSS = ".card { font-family: sans-serif; font-size: 18px; text-align: left; } .meta { color: #888; font-size: 14px; }"
LABELS = {"zh": ("要点", "常见误区", "答案", "解析"), "en": ("Key points", "Pitfalls", "Answer", "Explanation")}


def _genanki() -> Any:
    try:
        import genanki
    except ImportError:
        raise UsageError("exporting to .apkg needs genanki: pip install 'mlprep[anki]'") from None
    return genanki


def _front(q: Question) -> str:
    text = to_html(q.question)
    if q.is_choice:
        text += "<br>" + "<br>".join(f"{LETTERS[i]}. {to_html(o.text)}" for i, o in enumerate(q.options))
    return text


def _back(q: Question, lang: str) -> str:
    points, pitfalls, answer, explanation = LABELS[lang]
    if q.is_choice:
        right = "".join(LETTERS[i] for i, o in enumerate(q.options) if o.correct)
        return f"<b>{answer}: {right}</b><br><b>{explanation}</b><br>{to_html(q.explanation)}"
    back = to_html(q.answer)
    if q.key_points:
        back += f"<br><b>{points}</b>{items(q.key_points)}"
    if q.pitfalls:
        back += f"<b>{pitfalls}</b>{items(q.pitfalls)}"
    return back


def _sides(q: Question, lang: str) -> tuple[str, str]:
    if lang != "both":
        view = q.in_language(lang)
        return _front(view), _back(view, lang)
    zh, en = q, q.in_language("en")
    return f"{_front(zh)}<hr>{_front(en)}", f"{_back(zh, 'zh')}<hr>{_back(en, 'en')}"


def tag(text: str) -> str:
    """An Anki tag: no spaces."""
    return re.sub(r"\s+", "_", text.strip())


def write(questions: Sequence[Question], path: Path, lang: str, deck_name: str = "mlprep") -> int:
    """Write the package; returns the number of notes."""
    genanki = _genanki()
    model = genanki.Model(
        MODEL_ID,
        "mlprep question",
        fields=[{"name": f} for f in FIELDS],
        templates=[
            {
                "name": "Card 1",
                "qfmt": '{{Front}}<div class="meta">{{Topic}}</div>',
                "afmt": '{{FrontSide}}<hr id="answer">{{Back}}',
            }
        ],
        css=CSS,
    )
    deck = genanki.Deck(DECK_ID, deck_name)
    for q in questions:
        front, back = _sides(q, lang)
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[q.id, front, back, q.topic],
                guid=genanki.guid_for("mlprep", q.id),
                tags=[tag(q.topic), *(tag(t) for t in q.tags), tag(q.difficulty)],
            )
        )
    genanki.Package(deck).write_to_file(str(path))
    return len(questions)
