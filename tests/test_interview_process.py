"""The real `mlprep interview` process: typed on a pseudo-terminal with the line editor, Ctrl-C mid-interview,
and the drill written by the learner between the task and the Enter that checks it."""

from __future__ import annotations

import json
import os
import select
import subprocess
import time
from pathlib import Path

import pytest
from test_interview_cli import ALL_GOOD, BANK, DRILLS, GOOD_ONE, NOW
from test_real_process import MLPREP, ROOT, Terminal, env_for, ratings

from mlprep.grader import catalog

from bankfiles import write_text

ARGS = ["interview", "--topic", "ivtest", "-n", "3", "--lang", "en"]


@pytest.fixture
def env(tmp_path: Path, mlprep_home: Path) -> dict[str, str]:
    write_text(tmp_path / "bank", BANK, "interview.yaml")
    env = {**env_for(mlprep_home, tmp_path / "bank"), "MLPREP_DRILLS": str(DRILLS)}
    # The child runs in tmp_path (it writes ./mlprep-drills there) and must import this checkout's mlprep.
    return {**env, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))}


class Screen(Terminal):
    def expect_times(self, text: str, times: int) -> None:
        """Wait until `text` has been shown `times` times (a prompt that comes back)."""
        deadline = time.monotonic() + 30
        while self.text.count(text) < times:
            assert time.monotonic() < deadline, f"{text!r} not seen {times} times; screen:\n{self.text}"
            self.expect(text, timeout=max(0.1, deadline - time.monotonic()))
            if self.text.count(text) < times:
                ready, _, _ = select.select([self.fd], [], [], 0.2)
                if ready:
                    self.screen += os.read(self.fd, 65536)


def test_a_whole_interview_on_a_terminal_with_ratings_overridden(env: dict[str, str], mlprep_home: Path) -> None:
    term = Screen([*MLPREP, *ARGS, "--no-drill"], env)
    term.expect("Your answer>")
    term.press("against the gradient,\rscaled by the learning rate\r\r")  # two lines, then an empty one submits
    term.expect("Your choice>")
    term.press("ac\r")
    term.expect("What are bias and variance?")
    term.expect_times("Your answer>", 2)
    term.press("systematic error and sensitivity\r\r")
    term.expect("Type 3 ratings (1–4)")
    term.expect("Ratings>")
    term.press("4 4 2\r")
    assert term.wait() == 0
    assert ratings(mlprep_home) == [4, 4, 2]
    assert "Score 100.0" in term.text and "Saved as interview #1" in term.text
    assert "Traceback" not in term.text


def test_ctrl_c_mid_interview_reports_rates_and_saves_what_was_done(env: dict[str, str], mlprep_home: Path) -> None:
    term = Screen([*MLPREP, *ARGS, "--no-drill"], env)
    term.expect("Your answer>")
    term.press(GOOD_ONE.replace("\n", "\r"))
    term.expect("Your choice>")
    term.press("\x03")  # Ctrl-C
    assert term.wait() == 0
    assert ratings(mlprep_home) == [3]
    screen = term.text
    assert "The interview ended early; the report covers what was done." in screen
    assert "Score 100.0 · 1 answered" in screen and "Saved as interview #1" in screen
    assert "Type 1 ratings" not in screen  # Ctrl-C accepts the suggested ratings
    assert "Traceback" not in screen


def test_ctrl_c_while_reading_piped_answers(env: dict[str, str], mlprep_home: Path, tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [*MLPREP, *ARGS, "--no-drill", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**env, "MLPREP_NOW": NOW},
        cwd=tmp_path,
    )
    proc.stdin.write(GOOD_ONE.encode())
    proc.stdin.flush()
    wait_for(proc, "Answer with option letters")
    proc.send_signal(2)  # SIGINT, as Ctrl-C sends
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    report = json.loads(out)
    assert [a["question_id"] for a in report["answers"]] == ["iv-one"] and report["ended_early"] is True
    assert ratings(mlprep_home) == [3]


def wait_for(proc: subprocess.Popen, text: str) -> str:
    """Read the process's stderr until `text` appears."""
    seen = b""
    deadline = time.monotonic() + 60
    while text.encode() not in seen:
        assert time.monotonic() < deadline and proc.poll() is None, seen.decode(errors="replace")
        ready, _, _ = select.select([proc.stderr], [], [], 0.5)
        if ready:
            seen += os.read(proc.stderr.fileno(), 65536)
    return seen.decode()


@pytest.mark.parametrize("solution", ["reference", "l1_norm"])
def test_the_drill_is_checked_when_the_learner_presses_enter(
    env: dict[str, str], mlprep_home: Path, tmp_path: Path, solution: str
) -> None:
    rows = catalog.Drill(DRILLS / "rows")
    mutant = {m.name: m for m in catalog.mutants(rows)}.get(solution)
    source = rows.reference if mutant is None else catalog.mutant_source(rows, mutant)
    proc = subprocess.Popen(
        [*MLPREP, *ARGS, "--drill", "rows", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**env, "MLPREP_NOW": NOW},
        cwd=tmp_path,
    )
    proc.stdin.write(ALL_GOOD.encode())
    proc.stdin.flush()
    wait_for(proc, "Wrote the starter to")
    (tmp_path / "mlprep-drills" / "interview-rows.py").write_text(source, encoding="utf-8")
    out, err = proc.communicate(b"\n\n", timeout=120)  # Enter checks it; the empty line accepts the ratings
    assert proc.returncode == 0, err
    drill = json.loads(out)["drill"]
    assert drill["name"] == "rows" and drill["tests_total"] > 0
    if mutant is None:
        assert drill["passed"] is True and drill["tests_passed"] == drill["tests_total"] and drill["bugs"] == []
        assert ratings(mlprep_home)[-1] == 3  # the drill's card: a pass at the day's first check
    else:
        assert drill["passed"] is False and drill["bugs"] == [mutant.description] and drill["failing"]
        assert b"Known bug" in err and ratings(mlprep_home)[-1] == 1
