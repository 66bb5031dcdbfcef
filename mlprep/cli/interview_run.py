"""Running a mock interview: ask against the clock, follow up on a thin answer, the drill, the ratings.

Answers are typed with the line editor on a terminal (several lines; Enter on an empty line submits) and
read by lines otherwise (an empty line ends an answer). The end of input ends the interview; Ctrl-C too,
and what was answered up to then is still reported, rated and saved by the caller.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from rich.console import Console
from rich.text import Text

from mlprep import clock
from mlprep.bank.answers import choice_is_right, parse_choice
from mlprep.bank.model import Question
from mlprep.cli import render
from mlprep.cli.flow import label
from mlprep.cli.i18n import say
from mlprep.cli.interview_render import clock_text
from mlprep.errors import MlprepError
from mlprep.interview import (
    DRILL_MINUTES,
    Answer,
    DrillResult,
    Report,
    follow_up,
    judge,
    parse_ratings,
    suggested_rating,
    wants_follow_up,
)

if TYPE_CHECKING:
    from mlprep.grader.catalog import Drill
    from mlprep.grader.model import Report as CheckReport

WORKSPACE = Path("mlprep-drills")


class Reader(Protocol):
    def answer(self, prompt: str, choice: bool) -> str | None:
        """One answer (several lines for an open question, one for option letters); None at the end of input."""

    def line(self, prompt: str) -> str | None:
        """One line; None at the end of input."""


class TerminalReader:
    """The line editor: arrows, history, several lines; Ctrl-D on an empty answer is the end of input."""

    def __init__(self, console: Console, lang: str) -> None:
        from mlprep.cli.editor import LineEditor

        self.console, self.lang = console, lang
        self.editor = LineEditor(sys.stderr if console.stderr else None)

    def answer(self, prompt: str, choice: bool) -> str | None:
        self.console.print(Text(say(self.lang, "iv_choice_keys" if choice else "iv_answer_keys"), style="dim"))
        return self.editor.read(f"{prompt}> ", multiline=not choice)

    def line(self, prompt: str) -> str | None:
        text = self.editor.read(f"{prompt}> ", multiline=False)
        return None if text is None else text.strip()


class LineReader:
    """Input that is not a terminal: an open answer ends at an empty line, option letters are one line."""

    def __init__(self, console: Console, lang: str, stream: TextIO | None = None) -> None:
        self.console, self.lang = console, lang
        self.stream = stream or sys.stdin
        self.ended = False

    def _read(self) -> str | None:
        line = None if self.ended else self.stream.readline()
        if not line:
            self.ended = True
            return None
        return line.rstrip("\r\n")

    def answer(self, prompt: str, choice: bool) -> str | None:
        self.console.print(Text(say(self.lang, "iv_choice_lines" if choice else "iv_answer_lines"), style="dim"))
        if choice:
            return self.line(prompt)
        lines: list[str] = []
        while (line := self._read()) is not None and line.strip():
            lines.append(line)
        return "\n".join(lines).strip() if lines or not self.ended else None

    def line(self, prompt: str) -> str | None:
        line = self._read()
        return None if line is None else line.strip()


def make_reader(console: Console, lang: str) -> Reader:
    return TerminalReader(console, lang) if sys.stdin.isatty() else LineReader(console, lang)


@dataclass
class Asked:
    """A question as it was put, with the grader's report when it was the drill."""

    question: Question | None
    answer: Answer | None = None
    check: CheckReport | None = None


class Interview:
    """Asks the chosen questions (and follow-ups) while time remains, then the drill; fills `report`."""

    def __init__(
        self,
        console: Console,
        reader: Reader,
        report: Report,
        pool: list[Question],
        rng: random.Random,
        reveal_each: bool,
    ) -> None:
        self.console, self.reader, self.report = console, reader, report
        self.pool, self.rng, self.reveal_each = pool, rng, reveal_each
        self.lang = report.lang
        self.started = datetime.fromisoformat(report.started_at)
        self.asked: list[Asked] = []

    def run(self, chosen: list[Question], drill: Drill | None) -> None:
        """Everything up to the ratings; Ctrl-C or the end of input stops it with what was done kept."""
        try:
            if self._questions(chosen) and drill is not None:
                self._drill(drill)
        except KeyboardInterrupt:
            self.report.ended_early = True
            self.console.print()

    def _left(self) -> float:
        return self.report.minutes * 60 - (clock.now() - self.started).total_seconds()

    def _questions(self, chosen: list[Question]) -> bool:
        """Ask until done, out of time or out of input; False when the interview should end here."""
        planned = {q.id for q in chosen}
        for position, question in enumerate(chosen, 1):
            answer = self._ask(question, position, len(chosen))
            if answer is None:
                return not self.report.ended_early
            if wants_follow_up(answer):
                extra = follow_up(question, self.pool, planned | {a.question_id for a in self.report.answers}, self.rng)
                if extra is not None and self._ask(extra, position, len(chosen), of=question.id) is None:
                    return not self.report.ended_early
        return True

    def _ask(self, question: Question, position: int, total: int, of: str | None = None) -> Answer | None:
        """One question: None when time is up (`time_up`) or input ended (`ended_early`)."""
        left = self._left()
        if left <= 0:
            if not self.report.time_up:
                self.report.time_up = True
                self.console.print(Text(say(self.lang, "iv_time_up"), style="bold yellow"))
            return None
        view = question.in_language(self.lang)
        self.console.print()
        status = say(self.lang, "iv_left", time=clock_text(left), position=position, total=total)
        self.console.print(Text(status, style="dim"))
        if of is not None:
            self.console.print(label(say(self.lang, "iv_follow_up", of=of), "bold magenta"))
        render.show_question(self.console, view, position, total, self.lang)
        began = clock.now()
        text = self._read(view)
        if text is None:
            self.report.ended_early = True
            return None
        points, covered = judge(question, text, self.lang)
        seconds = (clock.now() - began).total_seconds()
        answer = Answer(question.id, question.topic, question.difficulty, text, points, covered, seconds, of)
        answer.rating = suggested_rating(answer.coverage)
        self.report.answers.append(answer)
        self.asked.append(Asked(question, answer))
        if self.reveal_each:
            reveal(self.console, question, answer, self.lang)
        return answer

    def _read(self, view: Question) -> str | None:
        """The answer; option letters are asked again until they name options (empty: no answer)."""
        prompt = say(self.lang, "your_choice" if view.is_choice else "your_answer")
        while True:
            text = self.reader.answer(prompt, view.is_choice)
            if text is None or not view.is_choice or not text or parse_choice(text, len(view.options)):
                return text
            marks = render.letters(view)
            hint = say(self.lang, "letters", first=marks[0], last=marks[len(view.options) - 1])
            self.console.print(Text(hint, style="yellow"))

    def _drill(self, drill: Drill) -> None:
        from mlprep.cli import drill_render
        from mlprep.grader import grade

        self.console.print()
        self.console.print(label(say(self.lang, "iv_drill", name=drill.name, budget=DRILL_MINUTES), "bold cyan"))
        drill_render.prompt(self.console, drill, self.lang)
        path = WORKSPACE / f"interview-{drill.name}.py"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(drill.starter, encoding="utf-8")
        except OSError as exc:
            self.console.print(Text(f"{path}: {exc.strerror or exc}", style="yellow"))
            return
        self.console.print(label(say(self.lang, "iv_drill_wrote", path=path)))
        began = clock.now()
        if self.reader.line(say(self.lang, "iv_drill_ready")) is None:
            self.report.ended_early = True
            return
        seconds = (clock.now() - began).total_seconds()
        self.console.print(Text(say(self.lang, "iv_drill_checking", path=path), style="dim"))
        try:
            check = grade.check(drill, path)
        except MlprepError as exc:
            self.console.print(Text(str(exc), style="yellow"))
            return
        self.report.drill = DrillResult(
            name=drill.name,
            passed=check.passed,
            tests_passed=check.tests_passed,
            tests_total=len(check.tests),
            bugs=[d.description for d in check.diagnosis if d.exact],
            seconds=seconds,
            failing=[t.name for t in check.tests if not t.passed],
            problem=check.problem.splitlines()[0] if check.problem else "",
        )
        self.asked.append(Asked(None, check=check))
        if self.reveal_each:
            drill_render.report(self.console, check)

    def reveal_all(self) -> None:
        """The model answers, after the last question (unless each was shown as it was answered)."""
        from mlprep.cli import drill_render

        if self.reveal_each or not self.asked:
            return
        self.console.print()
        self.console.rule(say(self.lang, "iv_answers"))
        for position, asked in enumerate(self.asked, 1):
            if asked.check is not None:
                drill_render.report(self.console, asked.check)
            elif asked.question is not None and asked.answer is not None:
                view = asked.question.in_language(self.lang)
                render.show_question(self.console, view, position, len(self.asked), self.lang)
                reveal(self.console, asked.question, asked.answer, self.lang)

    def override_ratings(self) -> None:
        """One line of ratings replacing the suggested ones; empty, the end of input or Ctrl-C accepts them."""
        answers = self.report.answers
        if not answers or self.report.ended_early:
            return
        example = " ".join(str(a.rating) for a in answers)
        self.console.print(Text(say(self.lang, "iv_ratings_keys", count=len(answers), example=example), style="dim"))
        while True:
            try:
                text = self.reader.line(say(self.lang, "iv_ratings_prompt"))
            except KeyboardInterrupt:
                self.console.print()
                return
            if not text:
                return
            ratings = parse_ratings(text, len(answers))
            if ratings is not None:
                for answer, rating in zip(answers, ratings, strict=True):
                    answer.rating = rating
                return
            self.console.print(Text(say(self.lang, "iv_ratings_again", count=len(answers)), style="yellow"))


def reveal(console: Console, question: Question, answer: Answer, lang: str) -> None:
    """The model answer, with the key points the answer covered ticked (or the options, for a choice)."""
    view = question.in_language(lang)
    if question.is_choice:
        selected = parse_choice(answer.text, len(question.options)) or set()
        right = choice_is_right(question, selected) if selected else None
        render.show_choice_result(console, view, lang, selected, right)
    else:
        render.show_answer(console, view, lang, answer.covered)
