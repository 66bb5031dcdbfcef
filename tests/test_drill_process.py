"""`mlprep drill` as a real process: --watch re-grades on save until Ctrl-C, Ctrl-C mid-check kills the
sandbox, and help and the drill list never import numpy. Also the file-change watcher on its own."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from mlprep.grader import catalog
from mlprep.grader.watch import changes

from processes import alive

MLPREP = [sys.executable, "-m", "mlprep"]


def env_for(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLPREP_")}
    return {**env, "MLPREP_HOME": str(home), "COLUMNS": "100"}


class Lines:
    """A process's stdout, read line by line in the background so the test can wait for a line."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, args=(proc.stdout,), daemon=True).start()

    def _pump(self, stream) -> None:
        for line in stream:
            self.lines.put(line)

    def wait_for(self, text: str, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                continue
            self.seen.append(line)
            if text in line:
                return
        raise AssertionError(f"{text!r} never appeared in:\n{''.join(self.seen)}")


def test_watch_regrades_each_save_and_records_one_review_when_it_ends(mlprep_home: Path, tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "data" / "drills"
    env = {**env_for(mlprep_home), "MLPREP_DRILLS": str(fixtures)}
    drill = catalog.Drill(fixtures / "rows")
    total = len(catalog.suite(drill).cases)
    bug = next(m for m in catalog.mutants(drill) if m.name == "l1_norm")
    versions = [drill.reference, catalog.mutant_source(drill, bug), drill.reference, drill.reference + "\n# done\n"]
    target = tmp_path / "rows.py"
    target.write_text(drill.starter)
    proc = subprocess.Popen(
        [*MLPREP, "drill", "rows", "--watch", str(target)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        out = Lines(proc)
        out.wait_for(f"0/{total} tests passed")
        out.wait_for("Watching")
        for version in versions:
            target.write_text(version)
            out.wait_for("tests passed")
            out.wait_for("Watching")
        proc.send_signal(signal.SIGINT)
        out.wait_for("Today's review of this drill: Hard")
        assert proc.wait(timeout=10) == 0
    finally:
        proc.kill()
    with sqlite3.connect(mlprep_home / "mlprep.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM drill_attempts").fetchone()[0] == 1 + len(versions)
        assert conn.execute("SELECT rating FROM review_log WHERE card_id = 'drill:rows'").fetchall() == [(2,)]


def named(name: str) -> list[int]:
    """Live processes whose name (as set with PR_SET_NAME) is `name`."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == name and alive(int(entry.name)):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_ctrl_c_during_a_check_kills_the_sandbox(mlprep_home: Path, tmp_path: Path) -> None:
    name = f"stuck{os.getpid()}"[:15]  # the submission cannot write outside its sandbox, but can name itself
    target = tmp_path / "stuck.py"
    target.write_text(f"import ctypes\nctypes.CDLL(None).prctl(15, b{name!r}, 0, 0, 0)\nwhile True:\n    pass\n")
    proc = subprocess.Popen(
        [*MLPREP, "drill", "logistic", "--check", str(target), "--timeout", "60"],
        env=env_for(mlprep_home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not named(name):
            assert time.monotonic() < deadline, "the submission never started"
            time.sleep(0.05)
        [worker] = named(name)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) != 0
        assert not alive(worker)
    finally:
        proc.kill()


def modules_loaded(args: list[str], env: dict[str, str], tmp_path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "mlprep", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stderr


def test_drill_help_and_list_do_not_import_numpy(mlprep_home: Path, tmp_path: Path) -> None:
    env = env_for(mlprep_home)
    assert " numpy" not in modules_loaded(["drill", "--help"], env, tmp_path)
    listed = modules_loaded(["drill", "list"], env, tmp_path)
    assert "mlprep.grader.catalog" in listed
    assert " numpy" not in listed


def test_changes_yields_once_then_on_each_settled_save(tmp_path: Path) -> None:
    path = tmp_path / "f.py"
    path.write_text("a")
    edits = iter([None, "bb", None, None, "ccc", None, None, None])
    polls = 0

    def fake_sleep(_: float) -> None:
        nonlocal polls
        polls += 1
        edit = next(edits)
        if edit is not None:
            path.write_text(edit)

    seen = []
    for _ in changes(path, sleep=fake_sleep):
        seen.append((polls, path.read_text()))
        if len(seen) == 3:
            break
    assert seen == [(0, "a"), (3, "bb"), (6, "ccc")]


def test_changes_waits_for_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "f.py"
    path.write_text("a")
    steps = iter(["delete", None, "create", None])

    def fake_sleep(_: float) -> None:
        step = next(steps)
        if step == "delete":
            path.unlink()
        elif step == "create":
            path.write_text("new content")

    watcher = changes(path, sleep=fake_sleep)
    next(watcher)
    next(watcher)
    assert path.read_text() == "new content"
