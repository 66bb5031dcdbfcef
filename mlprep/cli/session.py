"""One study session: ask each question, reveal, rate, record — until the end, q, Ctrl-C or end of input."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from rich.console import Console

from mlprep import clock
from mlprep.bank.answers import choice_is_right, covered_points, parse_choice
from mlprep.bank.model import Question
from mlprep.cli import render
from mlprep.cli.i18n import RATING_NAMES, say, when
from mlprep.cli.prompts import Prompter
from mlprep.errors import SettingError, StoreError
from mlprep.srs.store import Store, unwritable


@dataclass
class SessionSummary:
    """What happened: ratings given (all already committed) and each rated card's next due time."""

    ratings: Counter[int] = field(default_factory=Counter)
    next_due: dict[str, str] = field(default_factory=dict)
    interrupted: bool = False


class Session:
    def __init__(self, console: Console, prompter: Prompter, store: Store, lang: str, typed: bool) -> None:
        self.console, self.prompter, self.store = console, prompter, store
        self.lang, self.typed = lang, typed
        self.summary = SessionSummary()

    def run(self, questions: Sequence[Question]) -> SessionSummary:
        """Ask `questions` in order; Ctrl-C or end of input stops cleanly after the last committed rating."""
        try:
            for position, question in enumerate(questions, 1):
                if not self._ask(question, position, len(questions)):
                    break
        except KeyboardInterrupt:
            self.summary.interrupted = True
            self.console.print()
        return self.summary

    def _ask(self, question: Question, position: int, total: int) -> bool:
        view = question.in_language(self.lang)
        render.show_question(self.console, view, position, total, self.lang)
        started = clock.now()
        if view.is_choice:
            rating = self._ask_choice(view)
        else:
            typed = self.prompter.reveal(self.typed)
            if typed is None:
                return False
            covered = covered_points(typed, view.key_points) if typed else None
            render.show_answer(self.console, view, self.lang, covered)
            rating = self.prompter.rating()
        if rating is None:
            return False
        self._record(question.id, rating, started)
        return True

    def _ask_choice(self, view: Question) -> int | None:
        """Graded from the letters given (right → Good, wrong → Again); an empty answer is self-rated."""
        while True:
            text = self.prompter.choice()
            if text is None:
                return None
            if not text:
                render.show_choice_result(self.console, view, self.lang, set(), None)
                return self.prompter.rating()
            selected = parse_choice(text, len(view.options))
            if selected is not None:
                break
            marks = render.letters(view)
            hint = say(self.lang, "letters", first=marks[0], last=marks[len(view.options) - 1])
            self.console.print(f"[yellow]{hint}[/]")
        right = choice_is_right(view, selected)
        render.show_choice_result(self.console, view, self.lang, selected, right)
        return 3 if right else 1

    def _record(self, card_id: str, rating: int, started: datetime) -> None:
        from mlprep.srs.schedule import rate

        now = clock.now()
        try:
            card = rate(self.store, card_id, rating, now, duration_ms=int((now - started).total_seconds() * 1000))
        except sqlite3.DatabaseError as exc:  # the disk filled up or the store became read-only mid-session
            error = SettingError if unwritable(exc) else StoreError
            raise error(f"MLPREP_HOME: cannot save the rating in {self.store.path}: {exc}") from None
        self.summary.ratings[rating] += 1
        self.summary.next_due[card_id] = card.due
        shown = say(self.lang, "next", rating=RATING_NAMES[self.lang][rating], when=when(self.lang, card.due, now))
        self.console.print(f"[dim]{shown}[/]")
