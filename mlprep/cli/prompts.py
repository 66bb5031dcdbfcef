"""Reading the learner's input: single key presses on a terminal, whole lines otherwise."""

from __future__ import annotations

import os
import select
import sys
from enum import Enum
from typing import Protocol, TextIO

try:
    import termios
    import tty
except ImportError:  # Windows: no terminal modes, input is read by lines
    termios = tty = None  # type: ignore[assignment]

from rich.console import Console

from mlprep.cli.editor import LineEditor
from mlprep.cli.i18n import say

QUIT_KEYS = ("q", "Q", "\x04")


class Command(str, Enum):
    """What the learner can do to a card instead of answering or rating it."""

    UNDO = "u"
    SUSPEND = "s"
    BURY = "b"
    FLAG = "f"


def command(text: str) -> Command | None:
    """The command a key or a whole line names, if any."""
    try:
        return Command(text.strip().lower())
    except ValueError:
        return None


class Prompter(Protocol):
    """What a study session asks of the learner; `None` always means stop (q, Ctrl-D or end of input). A
    `Command` (u, s, b, f) may come back from any of them."""

    def reveal(self, typed: bool) -> str | Command | None:
        """Wait until the learner wants the answer; return what they typed ("" if nothing)."""

    def choice(self) -> str | Command | None:
        """Option letters for a multiple-choice question ("" to just see the answer)."""

    def rating(self) -> int | Command | None:
        """A rating 1–4."""

    def reason(self) -> str | None:
        """A one-line reason (for a flag); "" for none."""


class KeyPrompter:
    """A terminal: one key press reveals and rates; typed answers and option letters are edited lines.

    The terminal stays in cbreak mode (keys arrive one by one, Ctrl-C still interrupts) for the whole
    session, so keys typed ahead are never dropped; it is restored for line editing and on exit.
    """

    def __init__(self, console: Console, lang: str) -> None:
        self.console, self.lang = console, lang
        self.fd = sys.stdin.fileno()
        self.saved = termios.tcgetattr(self.fd)
        self.editor = LineEditor()

    def __enter__(self) -> KeyPrompter:
        tty.setcbreak(self.fd, termios.TCSANOW)
        return self

    def __exit__(self, *exc: object) -> None:
        termios.tcsetattr(self.fd, termios.TCSADRAIN, self.saved)

    def _key(self) -> str:
        first = os.read(self.fd, 1)
        if not first:
            return "\x04"
        if first == b"\x1b":  # an escape sequence (arrow keys…): swallow the rest of it
            while select.select([self.fd], [], [], 0.02)[0]:
                os.read(self.fd, 16)
            return "\x1b"
        data = first
        while True:
            try:
                return data.decode()
            except UnicodeDecodeError:
                if len(data) >= 4:
                    return ""
                data += os.read(self.fd, 1)

    def _line(self, label: str, keys: str, multiline: bool) -> str | None:
        self.console.print(f"[dim]{keys}[/]")
        termios.tcsetattr(self.fd, termios.TCSANOW, self.saved)
        try:
            text = self.editor.read(f"{label}> ", multiline)
        finally:
            tty.setcbreak(self.fd, termios.TCSANOW)
        return None if text is None or text.strip() in QUIT_KEYS else text.strip()

    def reveal(self, typed: bool) -> str | Command | None:
        if typed:
            text = self._line(say(self.lang, "your_answer"), say(self.lang, "answer_keys"), multiline=True)
            return command(text) or text if text is not None else None
        self.console.print(f"[dim]{say(self.lang, 'reveal_keys')}[/]")
        while True:
            key = self._key()
            if key in ("\r", "\n", " "):
                return ""
            if key in QUIT_KEYS:
                return None
            if command(key):
                return command(key)

    def choice(self) -> str | Command | None:
        text = self._line(say(self.lang, "your_choice"), say(self.lang, "choice_keys"), multiline=False)
        return command(text) or text if text is not None else None

    def rating(self) -> int | Command | None:
        self.console.print(f"[bold]{say(self.lang, 'rate')}[/]{say(self.lang, 'rate_keys')}")
        while True:
            key = self._key()
            if key in ("1", "2", "3", "4"):
                return int(key)
            if key in QUIT_KEYS:
                return None
            if command(key):
                return command(key)

    def reason(self) -> str | None:
        return self._line(say(self.lang, "flag_reason"), say(self.lang, "flag_keys"), multiline=False)


class LinePrompter:
    """Input that is not a terminal: an empty line (or a typed answer) reveals, a line 1–4 rates, q quits."""

    def __init__(self, console: Console, lang: str, stream: TextIO | None = None) -> None:
        self.console, self.lang = console, lang
        self.stream = stream or sys.stdin

    def __enter__(self) -> LinePrompter:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def _line(self) -> str | None:
        line = self.stream.readline()
        if not line or line.strip() in QUIT_KEYS:
            return None
        return line.strip()

    def reveal(self, typed: bool) -> str | Command | None:
        line = self._line()
        return command(line) or line if line is not None else None

    def choice(self) -> str | Command | None:
        self.console.print(f"[dim]{say(self.lang, 'choice_lines')}[/]")
        line = self._line()
        return command(line) or line if line is not None else None

    def rating(self) -> int | Command | None:
        self.console.print(f"{say(self.lang, 'rate')}{say(self.lang, 'rate_keys')}")
        while True:
            line = self._line()
            if line is None or line in ("1", "2", "3", "4"):
                return None if line is None else int(line)
            if command(line):
                return command(line)
            self.console.print(f"[yellow]{say(self.lang, 'rate_again')}[/]")

    def reason(self) -> str | None:
        line = self.stream.readline()
        return line.strip() if line else None


def make_prompter(console: Console, lang: str) -> KeyPrompter | LinePrompter:
    """Key presses on a POSIX terminal, lines otherwise; use it as a context manager."""
    if sys.stdin.isatty() and termios is not None:
        return KeyPrompter(console, lang)
    return LinePrompter(console, lang)
