"""The real `mlprep` process, driven as a person would: a pseudo-terminal, Ctrl-C, SIGKILL, imports."""

from __future__ import annotations

import ast
import os
import pty
import re
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bankfiles import write_bank

MLPREP = [sys.executable, "-m", "mlprep"]
ROOT = Path(__file__).resolve().parents[1]


def env_for(home: Path, bank: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLPREP_")}
    env["MLPREP_HOME"] = str(home)
    if bank:
        env["MLPREP_BANK"] = str(bank)
    return env


def ratings(home: Path) -> list[int]:
    conn = sqlite3.connect(home / "mlprep.sqlite3")
    try:
        return [r[0] for r in conn.execute("SELECT rating FROM review_log ORDER BY id")]
    finally:
        conn.close()


class Terminal:
    """A process on a pseudo-terminal: type keys, wait for text on the screen."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child
            os.execvpe(args[0], args, {**env, "TERM": "xterm", "COLUMNS": "100", "LINES": "40"})
        self.screen = b""

    def expect(self, text: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while text.encode() not in self.screen:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"{text!r} not seen; screen:\n{self.screen.decode(errors='replace')}")
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if ready:
                try:
                    self.screen += os.read(self.fd, 65536)
                except OSError:
                    break
        assert text.encode() in self.screen, self.screen.decode(errors="replace")

    @property
    def text(self) -> str:
        """The screen as plain text, colours removed."""
        return re.sub(r"\x1b\[[0-9;]*m", "", self.screen.decode(errors="replace"))

    def press(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def wait(self, timeout: float = 20) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.1)
                if ready:
                    self.screen += os.read(self.fd, 65536)
            except OSError:
                pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        raise AssertionError("process did not exit")


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    directory = tmp_path / "bank"
    write_bank(directory, ids=("pty-a", "pty-b", "pty-c"), topic="ptytest")
    return directory


def test_quiz_on_a_terminal_single_key_presses(mlprep_home: Path, bank: Path) -> None:
    home = mlprep_home
    term = Terminal([*MLPREP, "quiz", "-n", "3", "--topic", "ptytest"], env_for(home, bank))
    term.expect("Enter 显示答案")
    term.press("\r")
    term.expect("评分：")
    term.press("3")  # one key, no Enter
    term.expect("良好 · 下次")
    term.expect("[2/3]")
    term.press("\r")
    term.expect("评分：")
    term.press("x")  # ignored
    term.press("1")  # Again: the card comes back before the session ends
    term.expect("[3/4]")
    term.press("q")
    assert term.wait() == 0
    assert ratings(home) == [3, 1]
    assert "本次：评分 2 次" in term.text
    assert "Traceback" not in term.text


def test_ctrl_c_mid_quiz_keeps_ratings_and_exits_0(mlprep_home: Path, bank: Path) -> None:
    home = mlprep_home
    term = Terminal([*MLPREP, "quiz", "-n", "3", "--topic", "ptytest"], env_for(home, bank))
    term.expect("Enter 显示答案")
    term.press("\r")
    term.expect("评分：")
    term.press("4")
    term.expect("[2/3]")
    term.press("\x03")  # Ctrl-C
    assert term.wait() == 0
    assert ratings(home) == [4]
    assert "本次：评分 1 次" in term.text and "Traceback" not in term.text


def test_typed_answer_on_a_terminal(mlprep_home: Path, bank: Path) -> None:
    home = mlprep_home
    term = Terminal([*MLPREP, "quiz", "-n", "1", "--topic", "ptytest", "--type"], env_for(home, bank))
    term.expect("你的答案")
    term.press("梯度\r\r")  # a new line, then Enter on the empty line submits
    term.expect("评分：")
    term.press("3")
    assert term.wait() == 0
    assert "✓ 梯度" in term.text
    assert ratings(home) == [3]


def test_sigkill_mid_quiz_loses_no_committed_rating(mlprep_home: Path, bank: Path) -> None:
    home = mlprep_home
    proc = subprocess.Popen(
        [*MLPREP, "quiz", "-n", "3", "--topic", "ptytest"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env_for(home, bank),
    )
    proc.stdin.write(b"\n3\n\n2\n")  # two ratings, then the process waits for the third
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if len(ratings(home)) == 2:
                break
        except sqlite3.OperationalError:  # the store is still being created
            pass
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    assert ratings(home) == [3, 2]
    conn = sqlite3.connect(home / "mlprep.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_end_of_input_prints_first_question_and_exits_0(mlprep_home: Path, bank: Path) -> None:
    result = subprocess.run(
        [*MLPREP, "quiz", "-n", "1", "--topic", "ptytest"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env_for(mlprep_home, bank),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "什么是 pty-" in result.stdout
    assert "Traceback" not in result.stderr


def modules_loaded(args: list[str], env: dict[str, str]) -> set[str]:
    """Run the CLI in-process under `python -c` and report which modules it imported."""
    probe = (
        "import sys, atexit\n"
        "out = sys.argv[1]\n"
        "atexit.register(lambda: open(out, 'w').write('\\n'.join(sys.modules)))\n"
        "sys.argv = ['mlprep', *sys.argv[2:]]\n"
        "from mlprep.cli.app import main\n"
        "main()\n"
    )
    out = Path(env["MLPREP_HOME"]) / "modules.txt"
    Path(env["MLPREP_HOME"]).mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-c", probe, str(out), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        check=False,
    )
    return set(out.read_text().split("\n"))


def test_help_and_first_question_do_not_import_numpy(mlprep_home: Path, bank: Path) -> None:
    env = env_for(mlprep_home, bank)
    help_modules = modules_loaded(["--help"], env)
    assert "numpy" not in help_modules and "prompt_toolkit" not in help_modules
    first_question = modules_loaded(["quiz", "-n", "1"], env)
    assert "mlprep.cli.session" in first_question  # the quiz really ran
    assert "numpy" not in first_question and "prompt_toolkit" not in first_question


def test_core_never_imports_typer_or_rich() -> None:
    offenders = []
    for path in (ROOT / "mlprep").rglob("*.py"):
        if "cli" in path.relative_to(ROOT / "mlprep").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path}: {n}" for n in names if n.split(".")[0] in ("typer", "rich", "click")]
    assert offenders == []


def test_two_quiz_processes_rating_at_once_lose_nothing(mlprep_home: Path, tmp_path: Path) -> None:
    bank = tmp_path / "bank2"
    write_bank(bank, ids=tuple(f"both-{i}" for i in range(6)), topic="both")
    env = env_for(mlprep_home, bank)
    procs = [
        subprocess.Popen(
            [*MLPREP, "quiz", "-n", "6", "--topic", "both"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        for _ in range(2)
    ]
    for proc, rating in zip(procs, (b"2", b"4"), strict=True):
        proc.stdin.write((b"\n" + rating + b"\n") * 6)  # reveal, rate; six times
        proc.stdin.close()
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    assert sorted(ratings(mlprep_home)) == [2] * 6 + [4] * 6


def test_rate_undo_and_suspend_with_single_keys(mlprep_home: Path, bank: Path) -> None:
    home = mlprep_home
    env = {**env_for(home, bank), "MLPREP_NOW": "2026-03-02T08:00:00+00:00"}
    term = Terminal([*MLPREP, "review", "--topic", "ptytest", "--new", "3"], env)
    term.expect("[1/3]")
    term.press("\r")
    term.expect("评分：")
    term.press("4")  # Easy
    term.expect("[2/3]")
    term.press("u")  # undo: the first card again
    term.expect("已撤销对 pty-a 的评分")
    term.expect("[1/3]")
    term.press("s")  # suspend it instead
    term.expect("已暂停 pty-a")
    term.expect("[2/3]")
    term.press("\r")
    term.expect("评分：")
    term.press("3")
    term.expect("[3/3]")
    term.press("q")
    assert term.wait() == 0
    assert ratings(home) == [3]
    conn = sqlite3.connect(home / "mlprep.sqlite3")
    try:
        assert conn.execute("SELECT card_id FROM card_marks WHERE suspended = 1").fetchall() == [("pty-a",)]
    finally:
        conn.close()
