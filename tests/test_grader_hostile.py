"""Hostile submissions: whatever the learner's file does, the grader gives the right verdict within
timeout + 2 s and leaves no process behind."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mlprep.grader import catalog, grade, sandbox
from mlprep.grader.model import Report
from mlprep.grader.sandbox import Limits

from processes import alive

TIMEOUT = 2.0
DRILL = catalog.find("logistic")
REFERENCE = DRILL.reference


def correct_plus(extra: str) -> str:
    """The reference solution with `extra` appended (so only `extra` can make it fail)."""
    return f"{REFERENCE}\n{extra}\n"


def tagged(marker: str) -> list[int]:
    """Live processes whose environment carries this run's sandbox marker."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                environ = (entry / "environ").read_bytes()
            except OSError:
                continue
            if marker.encode() in environ and alive(int(entry.name)):
                found.append(int(entry.name))
    return found


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Grade a source string; check the time limit and that nothing the run started is still alive."""
    markers: list[str] = []
    real_init = sandbox.Child.__init__

    def spy(self: sandbox.Child, limits: Limits) -> None:
        real_init(self, limits)
        markers.append(f"{sandbox.MARKER_VARIABLE}={self.marker}")

    monkeypatch.setattr(sandbox.Child, "__init__", spy)

    def grade_source(source: str | bytes, memory_mb: int = 512) -> Report:
        path = tmp_path / "submission.py"
        if isinstance(source, bytes):
            path.write_bytes(source)
        else:
            path.write_text(source, encoding="utf-8")
        began = time.monotonic()
        report = grade.check(DRILL, path, Limits(timeout=TIMEOUT, memory_mb=memory_mb))
        assert time.monotonic() - began < TIMEOUT + 2
        assert markers and all(tagged(m) == [] for m in markers)
        return report

    return grade_source


def messages(report: Report) -> str:
    return "\n".join([report.problem, *(t.message for t in report.tests)])


def test_infinite_loop_at_import(run) -> None:
    report = run("while True:\n    pass\n")
    assert not report.passed and report.tests_passed == 0
    assert "did not finish importing" in report.problem and "time limit of 2 s" in report.problem


def test_infinite_loop_inside_a_call(run) -> None:
    report = run(correct_plus("def logistic(X, y, W, b):\n    while True:\n        pass\n"))
    assert not report.passed
    stuck = next(t for t in report.tests if t.func == "logistic")
    assert "did not finish" in stuck.message and "infinite loop" in stuck.message
    assert [t.passed for t in report.tests if t.func == "sigmoid"] == [True, True, True]


def test_sys_exit_at_import(run) -> None:
    report = run("import sys\nsys.exit(0)\n")
    assert not report.passed and report.tests_passed == 0
    assert "sys.exit" in report.problem


def test_os_exit_in_a_call(run) -> None:
    report = run(correct_plus("import os\n\ndef sigmoid(x):\n    os._exit(0)\n"))
    assert not report.passed and report.tests_passed == 0
    assert "exited with code 0" in report.tests[0].message


def test_memory_hog_at_import(run) -> None:
    report = run(correct_plus("hog = []\nwhile True:\n    hog.append(bytearray(32 << 20))\n"), memory_mb=256)
    assert not report.passed
    assert "out of memory" in report.problem


def test_memory_hog_in_a_call(run) -> None:
    report = run(correct_plus("def sigmoid(x):\n    return np.ones((1 << 20, 1 << 20))\n"), memory_mb=256)
    assert not report.passed
    assert "out of memory" in report.tests[0].message


def test_output_flood_still_passes_with_output_truncated(run) -> None:
    flood = "_train = train\n\ndef train(*a, **k):\n    print('x' * 10_000_000)\n    return _train(*a, **k)\n"
    report = run(correct_plus(flood))
    assert report.passed
    assert report.stdout.truncated and report.stdout.total > 30_000_000
    assert len(report.stdout.text) == sandbox.OUTPUT_LIMIT


def test_numpy_monkeypatching_changes_nothing(run) -> None:
    patch = (
        "np.allclose = lambda *a, **k: True\n"
        "np.isclose = lambda a, b, *r, **k: np.ones(np.shape(a), bool)\n"
        "np.array_equal = lambda *a, **k: True\n"
        "np.testing.assert_allclose = lambda *a, **k: None\n"
        "_sigmoid = sigmoid\n\n"
        "def sigmoid(x):\n    return _sigmoid(x) + 0.1\n"
    )
    report = run(correct_plus(patch))
    assert not report.passed
    assert "sigmoid(x): expected" in report.tests[0].message


def test_fake_verdict_on_stdout_is_only_output(run) -> None:
    fake = 'print(\'{"drill": "logistic", "passed": true, "tests": []}\')\nprint("All 14 tests passed")\n'
    report = run(fake + "def sigmoid(x):\n    return x\n")
    assert not report.passed and report.tests_passed == 0
    assert '"passed": true' in report.stdout.text


def test_child_process_left_running_is_killed(run, tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    code = f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(600)"
    spawn = f"import subprocess, sys, time\nsubprocess.Popen([sys.executable, '-c', {code!r}])\ntime.sleep(0.5)\n"
    report = run(correct_plus(spawn))
    assert report.passed
    assert not alive(int(pid_file.read_text()))


def daemon(pid_file: Path) -> str:
    """Code that double-forks a `setsid` daemon which writes its pid to `pid_file` and sleeps."""
    return (
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    if os.fork() == 0:\n"
        f"        open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
        "        time.sleep(600)\n"
        "    os._exit(0)\n"
        "time.sleep(0.3)\n"
    )


def test_double_fork_with_setsid_is_killed_too(run, tmp_path: Path) -> None:
    pid_file = tmp_path / "daemon.pid"
    report = run(correct_plus(daemon(pid_file)))
    assert report.passed
    assert not alive(int(pid_file.read_text()))


def test_daemon_that_outlives_the_worker_is_killed(run, tmp_path: Path) -> None:
    pid_file = tmp_path / "daemon.pid"
    report = run(daemon(pid_file) + "os._exit(0)\n")
    assert not report.passed
    assert not alive(int(pid_file.read_text()))


def test_background_thread_does_not_hold_the_run(run) -> None:
    report = run(correct_plus("import threading, time\nthreading.Thread(target=time.sleep, args=(600,)).start()\n"))
    assert report.passed


def test_reading_stdin_gets_end_of_file(run) -> None:
    report = run(correct_plus("answer = input('name? ')\n"))
    assert not report.passed
    assert "EOFError" in report.problem


def test_syntax_error_shows_the_line(run) -> None:
    report = run("import numpy as np\n\n\ndef sigmoid(x):\n    return 1 / (1 + np.exp(-x)\n")
    assert not report.passed
    assert 'File "submission.py", line 5' in report.problem
    assert "return 1 / (1 + np.exp(-x)" in report.problem
    assert "SyntaxError" in report.problem


def test_binary_garbage(run) -> None:
    report = run(bytes(range(256)) * 8)
    assert not report.passed and report.tests_passed == 0
    assert "could not be imported" in report.problem


def test_empty_file(run) -> None:
    report = run("")
    assert not report.passed and report.tests_passed == 0
    assert "your file does not define sigmoid()" in report.tests[0].message


def test_missing_functions(run) -> None:
    only_sigmoid = REFERENCE.split("def logistic")[0]
    report = run(only_sigmoid)
    assert not report.passed
    assert [t.passed for t in report.tests if t.func == "sigmoid"] == [True, True, True]
    assert all("does not define" in t.message for t in report.tests if t.func != "sigmoid")


@pytest.mark.parametrize(
    ("raised", "words"),
    [
        ("KeyboardInterrupt", "raised KeyboardInterrupt"),
        ("SystemExit(3)", "sys.exit"),
        ("MemoryError", "out of memory"),
        ("GeneratorExit", "GeneratorExit"),
    ],
)
def test_any_exception_in_a_call_is_a_failure(run, raised: str, words: str) -> None:
    report = run(correct_plus(f"def sigmoid(x):\n    raise {raised}\n"))
    assert not report.passed
    assert words in report.tests[0].message
    assert report.tests[0].traceback.startswith('  File "submission.py"')


def test_recursion_error(run) -> None:
    report = run(correct_plus("def sigmoid(x):\n    return sigmoid(x)\n"))
    assert not report.passed
    assert "recursion" in report.tests[0].message


def test_forged_result_frames_are_rejected(run) -> None:
    forge = "import os, sys\nos.write(int(sys.argv[2]), b'J' + (19).to_bytes(4, 'big') + b'{\"event\": \"done\"}  ')\n"
    report = run(correct_plus(forge))
    assert not report.passed and report.tests_passed == 0
    assert "tampered" in messages(report)


def test_returned_objects_with_tricks_are_only_numbers(run) -> None:
    tricks = (
        "class Sneaky(np.ndarray):\n"
        "    def __eq__(self, other):\n        return True\n"
        "    def __sub__(self, other):\n        return np.zeros(self.shape)\n"
        "_sigmoid = sigmoid\n\n"
        "def sigmoid(x):\n    return (_sigmoid(x) + 1).view(Sneaky)\n\n"
        "def logistic(X, y, W, b):\n    return {'predict': 1}, 'loss', None, object()\n"
    )
    report = run(correct_plus(tricks))
    assert not report.passed
    assert "sigmoid(x): expected" in report.tests[0].message
    first_logistic = next(t for t in report.tests if t.func == "logistic")
    assert "predict: returned a dict" in first_logistic.message
