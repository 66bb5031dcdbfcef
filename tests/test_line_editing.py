"""Typed answers on a real terminal: cursor keys, deleting a Chinese character, two lines, history,
Alt-Enter, Ctrl-C keeping the ratings given and Ctrl-D quitting (a pseudo-terminal, as a person types)."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from bankfiles import write_bank

LEFT, HOME, END, UP = "\x1b[D", "\x1b[H", "\x1b[F", "\x1b[A"
BACKSPACE, ALT_ENTER, CTRL_C, CTRL_D = "\x7f", "\x1b\r", "\x03", "\x04"


class Terminal:
    """`mlprep` on a pseudo-terminal that answers cursor-position requests like a real terminal does."""

    def __init__(self, args: list[str], home: Path, bank: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MLPREP_")}
        env |= {"MLPREP_HOME": str(home), "MLPREP_BANK": str(bank), "TERM": "xterm", "COLUMNS": "100", "LINES": "40"}
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child
            os.execvpe(sys.executable, [sys.executable, "-m", "mlprep", *args], env)
        self.screen = b""
        self.mark = 0

    def _read(self, timeout: float) -> None:
        if select.select([self.fd], [], [], timeout)[0]:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            self.screen += chunk
            for _ in range(chunk.count(b"\x1b[6n")):
                os.write(self.fd, b"\x1b[1;1R")

    def expect(self, text: str, timeout: float = 30) -> None:
        """Wait for `text` after what the previous `expect` matched."""
        deadline = time.monotonic() + timeout
        while (found := self.screen.find(text.encode(), self.mark)) < 0:
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} not seen; screen:\n{self.screen.decode(errors='replace')}")
            self._read(0.1)
        self.mark = found + len(text.encode())

    def type(self, *keys: str) -> None:
        for key in keys:
            os.write(self.fd, key.encode())
            time.sleep(0.05)

    def wait(self, timeout: float = 30) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._read(0.1)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        raise AssertionError("process did not exit")

    @property
    def text(self) -> str:
        """What was written, without colours and cursor movements."""
        return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", self.screen.decode(errors="replace"))


@pytest.fixture
def terminal(mlprep_home: Path, tmp_path: Path):
    bank = tmp_path / "bank"
    write_bank(bank, ids=("pty-a", "pty-b", "pty-c"), topic="ptytest")

    def start(*args: str) -> Terminal:
        return Terminal(["quiz", "--topic", "ptytest", "--type", *args], mlprep_home, bank)

    return start


def ratings(home: Path) -> list[int]:
    if not (home / "mlprep.sqlite3").exists():
        return []
    with sqlite3.connect(home / "mlprep.sqlite3") as conn:
        return [r[0] for r in conn.execute("SELECT rating FROM review_log ORDER BY id")]


def test_edit_a_two_line_answer_recall_it_and_interrupt(terminal, mlprep_home: Path) -> None:
    term = terminal("-n", "3")
    term.expect("空行上按 Enter")  # the screen says which key finishes
    term.expect("你的答案>")
    term.type("测试问题", LEFT, LEFT, BACKSPACE)  # delete 试, a two-column character: 测问题
    term.type(END, "\r", "梯", HOME, "x", BACKSPACE, END, "度", "\r", "\r")  # second line 梯度; empty line submits
    term.expect("评分：")
    assert "✗ 测试问题" in term.text and "✓ 梯度" in term.text  # 试 is gone, the second line counted
    term.type("3")
    term.expect("[2/3]")
    term.expect("你的答案>")
    term.type(UP, ALT_ENTER)  # the previous answer from the session's history, submitted with Alt-Enter
    term.expect("评分：")
    assert term.text.count("✓ 梯度") == 2 and term.text.count("✗ 测试问题") == 2
    term.type("2")  # Hard: this card comes back before the session ends
    term.expect("[3/4]")
    term.expect("你的答案>")
    term.type("半句", CTRL_C)
    assert term.wait() == 0
    assert ratings(mlprep_home) == [3, 2]
    assert "本次：评分 2 次" in term.text and "Traceback" not in term.text


def test_ctrl_d_on_an_empty_answer_quits(terminal, mlprep_home: Path) -> None:
    term = terminal("-n", "1", "--lang", "en")
    term.expect("Your answer>")
    term.type("x", BACKSPACE, CTRL_D)
    assert term.wait() == 0
    assert ratings(mlprep_home) == []
    assert "No ratings given." in term.text and "Traceback" not in term.text
