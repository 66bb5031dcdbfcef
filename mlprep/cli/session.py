"""One study session: ask each question, reveal, rate, record — until the end, q, Ctrl-C or end of input.

Besides rating, the learner can undo the last rating (u; several undos step back several ratings), suspend
(s) or bury (b) the card in front of them, or flag it with a reason (f). A card rated Again or Hard whose
next review falls within LEARN_AHEAD comes back before the session ends, as Anki's learning steps do.
Every change is one transaction in the store, committed before the next card.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TypeVar

from fsrs import Scheduler
from rich.console import Console

from mlprep import clock
from mlprep.bank.answers import choice_is_right, covered_points, parse_choice
from mlprep.bank.model import Question
from mlprep.cli import render
from mlprep.cli.i18n import RATING_NAMES, say, when
from mlprep.cli.prompts import Command, Prompter
from mlprep.errors import SettingError, StoreError
from mlprep.srs.store import LoggedReview, Store, iso, unwritable

LEARN_AHEAD = timedelta(minutes=20)  # a card due again within this comes back in the same session
STOP, NEXT, UNDO = "stop", "next", "undo"
T = TypeVar("T")


@dataclass
class SessionSummary:
    """What happened: ratings given (all already committed) and each rated card's next due time."""

    ratings: Counter[int] = field(default_factory=Counter)
    next_due: dict[str, str] = field(default_factory=dict)
    interrupted: bool = False


@dataclass
class _Rated:
    question: Question
    rating: int
    review: LoggedReview
    due_before: str | None


class Session:
    def __init__(
        self,
        console: Console,
        prompter: Prompter,
        store: Store,
        lang: str,
        typed: bool,
        scheduler: Scheduler | None = None,
    ) -> None:
        self.console, self.prompter, self.store = console, prompter, store
        self.lang, self.typed, self.scheduler = lang, typed, scheduler
        self.summary = SessionSummary()
        self.rated: list[_Rated] = []  # this session's ratings, newest last, for undo
        self.learning: list[tuple[str, int, Question]] = []  # (due, order, question): back in this session
        self._order = 0

    def run(self, questions: Iterable[Question]) -> SessionSummary:
        """Ask `questions` in order; Ctrl-C or end of input stops cleanly after the last committed change."""
        queue = deque(questions)
        shown = 0
        try:
            while (question := self._next(queue)) is not None:
                shown += 1
                outcome = self._ask(question, shown, shown + len(queue) + len(self.learning))
                if outcome == STOP:
                    break
                if outcome == UNDO:
                    queue.appendleft(question)
                    shown -= 1
                    undone = self._undo()
                    if undone is not None:
                        queue.appendleft(undone)
                        shown -= 1
        except KeyboardInterrupt:
            self.summary.interrupted = True
            self.console.print()
        return self.summary

    def _next(self, queue: deque[Question]) -> Question | None:
        """A learning card that is due, else the next in line, else the learning card due soonest."""
        if self.learning and (self.learning[0][0] <= iso(clock.now()) or not queue):
            return heapq.heappop(self.learning)[2]
        return queue.popleft() if queue else None

    def _ask(self, question: Question, position: int, total: int) -> str:
        view = question.in_language(self.lang)
        render.show_question(self.console, view, position, total, self.lang)
        started = clock.now()
        revealed = False
        while True:
            if revealed:
                result = self.prompter.rating()
            elif view.is_choice:
                result, revealed = self._ask_choice(view)
            else:
                typed = self.prompter.reveal(self.typed)
                if typed is None or isinstance(typed, Command):
                    result = typed
                else:
                    covered = covered_points(typed, view.key_points) if typed else None
                    render.show_answer(self.console, view, self.lang, covered)
                    self._show_note(question.id)
                    revealed = True
                    continue
            if result is Command.FLAG:
                self._flag(question.id)
                continue
            if result is None:
                return STOP
            if result is Command.UNDO:
                return UNDO
            if result is Command.SUSPEND or result is Command.BURY:
                self._hide(question.id, result)
                return NEXT
            self._record(question, int(result), started)
            return NEXT

    def _ask_choice(self, view: Question) -> tuple[int | Command | None, bool]:
        """Graded from the letters given (right → Good, wrong → Again); an empty answer is self-rated. Also
        whether the answer has been shown."""
        marks = render.letters(view)
        while True:
            text = self.prompter.choice()
            if isinstance(text, Command) and text.value not in marks.lower()[: len(view.options)]:
                return text, False
            if text is None:
                return None, False
            text = str(text.value if isinstance(text, Command) else text)
            if not text:
                render.show_choice_result(self.console, view, self.lang, set(), None)
                self._show_note(view.id)
                return self.prompter.rating(), True
            selected = parse_choice(text, len(view.options))
            if selected is not None:
                break
            hint = say(self.lang, "letters", first=marks[0], last=marks[len(view.options) - 1])
            self.console.print(f"[yellow]{hint}[/]")
        right = choice_is_right(view, selected)
        render.show_choice_result(self.console, view, self.lang, selected, right)
        self._show_note(view.id)
        return (3 if right else 1), True

    def _show_note(self, card_id: str) -> None:
        note = self.store.marks(card_id).note
        if note:
            self.console.print(f"[bold]{say(self.lang, 'note')}:[/] ", end="")
            self.console.print(note, markup=False, highlight=False)

    def _flag(self, card_id: str) -> None:
        reason = self.prompter.reason()
        self._change(lambda: self.store.mark(card_id, flag=" ".join((reason or "").split())))
        self.console.print(f"[dim]{say(self.lang, 'flagged', id=card_id)}[/]")

    def _hide(self, card_id: str, how: Command) -> None:
        if how is Command.SUSPEND:
            self._change(lambda: self.store.mark(card_id, suspended=1))
        else:
            self._change(lambda: self.store.mark(card_id, buried_until=iso(clock.start_of_next_local_day(clock.now()))))
        self.console.print(f"[dim]{say(self.lang, 'suspended' if how is Command.SUSPEND else 'buried', id=card_id)}[/]")

    def _undo(self) -> Question | None:
        """Take back the newest rating of this session; the card it was for, to be shown again."""
        if not self.rated:
            self.console.print(f"[yellow]{say(self.lang, 'nothing_to_undo')}[/]")
            return None
        last = self.rated.pop()
        self._change(lambda: self.store.take_back_review(last.question.id, last.review))
        self.summary.ratings[last.rating] -= 1
        if last.due_before is None:
            self.summary.next_due.pop(last.question.id, None)
        else:
            self.summary.next_due[last.question.id] = last.due_before
        self.learning = [entry for entry in self.learning if entry[2].id != last.question.id]
        heapq.heapify(self.learning)
        self.console.print(f"[dim]{say(self.lang, 'undone', id=last.question.id)}[/]")
        return last.question

    def _record(self, question: Question, rating: int, started: datetime) -> None:
        from mlprep.srs.schedule import rate

        now = clock.now()
        card = self._change(
            lambda: rate(
                self.store,
                question.id,
                rating,
                now,
                self.scheduler,
                duration_ms=int((now - started).total_seconds() * 1000),
            ),
            "the rating",
        )
        review = self.store.last_review(question.id)
        assert review is not None
        self.rated.append(_Rated(question, rating, review, self.summary.next_due.get(question.id)))
        self.summary.ratings[rating] += 1
        self.summary.next_due[question.id] = card.due
        if rating <= 2 and card.due <= iso(now + LEARN_AHEAD):
            self._order += 1
            heapq.heappush(self.learning, (card.due, self._order, question))
        shown = say(self.lang, "next", rating=RATING_NAMES[self.lang][rating], when=when(self.lang, card.due, now))
        self.console.print(f"[dim]{shown}[/]")

    def _change(self, write: Callable[[], T], what: str = "the change") -> T:
        """Run one store change; a store that cannot be written any more is one clear line."""
        try:
            return write()
        except sqlite3.DatabaseError as exc:  # the disk filled up or the store became read-only mid-session
            error = SettingError if unwritable(exc) else StoreError
            raise error(f"MLPREP_HOME: cannot save {what} in {self.store.path}: {exc}") from None
