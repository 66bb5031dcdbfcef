"""Hostile submissions. Whatever the file does, the verdict comes back within the time limit + 4 s, and when
the check ends no process it started is alive, nothing it wrote is left in /tmp, the learner's store and
mlprep's installed files are as they were, and no control or escape character it printed reaches the
report, as text or as JSON.

The module runs three ways: here, with the isolation this machine gives (namespaces where user namespaces
are allowed, as in CI); and, started by test_grader_isolation.py, as an unprivileged user and with
MLPREP_SANDBOX=process, each alone in a pid namespace with a private /tmp (MLPREP_TEST_ALONE=1), where the
process and /tmp checks compare full listings. Process-level isolation is held to what docs/sandbox.md says
it guarantees: an attack it does not withstand is skipped there, never run.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rich.console import Console

from mlprep import paths
from mlprep.cli import drill_render
from mlprep.grader import catalog, grade, sandbox
from mlprep.grader.inert import UNSAFE
from mlprep.grader.model import Report
from mlprep.grader.sandbox import Limits

import hostile_runs
from processes import descendants, in_namespace, live, ticks

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the attacks use Linux's /proc")

TIMEOUT = 2.0
SLACK = 4.0
FILE_LIMIT = Limits().file_mb << 20
DRILL = catalog.find("logistic")
REFERENCE = DRILL.reference
ALONE = os.environ.get("MLPREP_TEST_ALONE") == "1"
MLPREP = [sys.executable, "-m", "mlprep"]
ROOT = os.geteuid() == 0
_isolation: list[str] = []


def correct_plus(extra: str) -> str:
    """The reference solution with `extra` appended (so only `extra` can make it fail)."""
    return f"{REFERENCE}\n{extra}\n"


@pytest.fixture(scope="module", autouse=True)
def adopt_orphans() -> None:
    """This process adopts every orphan below it, so nothing a check starts stops being its descendant."""
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


@pytest.fixture(scope="module", autouse=True)
def other_runs(request: pytest.FixtureRequest) -> None:
    """When test_grader_isolation.py is to run too, start its runs of this module now, to overlap this one."""
    if not ALONE and any("test_grader_isolation.py::test_hostile" in item.nodeid for item in request.session.items):
        hostile_runs.start()


@pytest.fixture
def isolation(tmp_path: Path) -> str:
    """The isolation this machine gives a check (probed once, with the correct solution)."""
    if not _isolation:
        path = tmp_path / "probe.py"
        path.write_text(REFERENCE)
        _isolation.append(grade.check(DRILL, path, Limits(timeout=20)).isolation)
    return _isolation[0]


def namespaces_only(isolation: str) -> None:
    if isolation != "namespaces":
        pytest.skip("process-level isolation does not withstand this (docs/sandbox.md); not run")


def _files(root: Path) -> dict[str, tuple[int, int, int]]:
    """size, mtime and ctime of every file under `root` but bytecode caches (the tests' own imports
    write those)."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        for name in filenames:
            st = os.stat(os.path.join(dirpath, name))
            found[os.path.join(dirpath, name)] = (st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    return found


def _digest(root: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def _named(token: str, *roots: Path) -> list[str]:
    """Paths under `roots` whose name holds `token`."""
    hits = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            hits += [os.path.join(dirpath, n) for n in dirnames + filenames if token in n]
    return hits


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def assert_inert(report: Report) -> None:
    """No control or escape character in the report's data (hence in --json) or in its rendering."""
    assert not [s for s in _strings(report.to_dict()) if UNSAFE.search(s)]
    console = Console(file=io.StringIO(), width=120, color_system=None)
    drill_render.report(console, report)
    assert not UNSAFE.search(console.file.getvalue())


@dataclass
class Cli:
    """A finished `mlprep drill logistic --check` process."""

    returncode: int
    stdout: str
    stderr: str
    data: dict = field(default_factory=dict)


@dataclass
class Checker:
    """Runs a check and asserts what every check must leave true, whatever the verdict."""

    tmp_path: Path
    home: Path
    isolation: str
    token: str = field(default_factory=lambda: uuid.uuid4().hex[:10])
    namespaces: list[tuple[str, int]] = field(default_factory=list)  # pid namespaces, and when each ended

    @property
    def scratch(self) -> Path:
        """The temporary directory mlprep's side uses (the fallback's scratch directories go there)."""
        return self.tmp_path / "tmp"

    def run(self, source: str | bytes, memory_mb: int = 512, leaves: tuple[str, ...] = ()) -> Report:
        """Grade `source` in this process."""
        path = self._write(source)
        report = self._around(lambda: grade.check(DRILL, path, Limits(timeout=TIMEOUT, memory_mb=memory_mb)), leaves)
        assert_inert(report)
        return report

    def cli(self, source: str | bytes, *options: str, leaves: tuple[str, ...] = ()) -> Cli:
        """Grade `source` with the mlprep command in its own process (`--json` parses the output)."""
        path = self._write(source)
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("MLPREP_")},
            "MLPREP_HOME": str(self.home),
            "TMPDIR": str(self.scratch),
            "COLUMNS": "250",
        }
        if "MLPREP_SANDBOX" in os.environ:
            env["MLPREP_SANDBOX"] = os.environ["MLPREP_SANDBOX"]
        command = [*MLPREP, "drill", "logistic", "--check", str(path), "--timeout", str(TIMEOUT), *options]

        def launch() -> Cli:
            done = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
            return Cli(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))

        result = self._around(launch, leaves, cli=True)
        assert not UNSAFE.search(result.stdout + result.stderr)
        if "--json" in options and result.stdout:
            result.data = json.loads(result.stdout)
        return result

    def _write(self, source: str | bytes) -> Path:
        path = self.tmp_path / "submission.py"
        if isinstance(source, bytes):
            path.write_bytes(source)
        else:
            path.write_text(source, encoding="utf-8")
        return path

    def _temporary(self) -> set[str]:
        """/tmp and /dev/shm: everything when this run has them to itself, else what bears our token."""
        entries = {str(p) for root in (Path("/tmp"), Path("/dev/shm")) if root.is_dir() for p in root.iterdir()}
        return entries if ALONE else {p for p in entries if self.token in p}

    def _around(self, action, leaves: tuple[str, ...], cli: bool = False):
        self.scratch.mkdir(exist_ok=True)
        before = set(live()) if ALONE else descendants(os.getpid(), hostile_runs.pids())
        temporary = self._temporary()
        package = _files(paths.PACKAGE_DIR) | _files(paths.shipped_drills())
        store = None if cli else _digest(self.home)
        began = time.monotonic()
        result = action()
        assert time.monotonic() - began <= TIMEOUT + SLACK
        now = set(live()) if ALONE else descendants(os.getpid(), hostile_runs.pids())
        assert now - before == set(), "processes left running after the check"
        for namespace, ended in self.namespaces:
            assert in_namespace(namespace, ended) == set(), "processes left in the sandbox's pid namespace"
        for leftover in leaves:  # what process-level isolation is known to leave (docs/sandbox.md)
            if os.path.exists(leftover):
                assert self.isolation == "process" and os.path.getsize(leftover) <= FILE_LIMIT
                os.remove(leftover)
        assert self._temporary() - temporary == set(), "files left in /tmp"
        assert list(self.scratch.iterdir()) == [], "the fallback's scratch directory was left behind"
        assert _files(paths.PACKAGE_DIR) | _files(paths.shipped_drills()) == package, "mlprep's files changed"
        assert _named(self.token, paths.PACKAGE_DIR, paths.shipped_drills()) == [], "files added to mlprep"
        if store is not None:
            assert _digest(self.home) == store, "the learner's store changed"
        return result


@pytest.fixture
def check(tmp_path: Path, mlprep_home: Path, isolation: str, monkeypatch: pytest.MonkeyPatch) -> Checker:
    checker = Checker(tmp_path, mlprep_home, isolation)
    checker.scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(checker.scratch))
    real_close = sandbox.Child.close

    def close(self: sandbox.Child, run: sandbox.Run | None = None) -> None:
        if not self._closed:
            self._read_control()
            if self.pid_namespace:
                checker.namespaces.append((self.pid_namespace, ticks()))
        real_close(self, run)

    monkeypatch.setattr(sandbox.Child, "close", close)
    return checker


def messages(report: Report) -> str:
    return "\n".join([report.problem, *(t.message for t in report.tests)])


# --- what any submission may do to itself ---


def test_infinite_loop_at_import(check: Checker) -> None:
    report = check.run("while True:\n    pass\n")
    assert not report.passed and report.tests_passed == 0
    assert "did not finish importing" in report.problem and "time limit of 2 s" in report.problem


def test_infinite_loop_inside_a_call(check: Checker) -> None:
    report = check.run(correct_plus("def logistic(X, y, W, b):\n    while True:\n        pass\n"))
    assert not report.passed
    stuck = next(t for t in report.tests if t.func == "logistic")
    assert "did not finish" in stuck.message and "infinite loop" in stuck.message
    assert [t.passed for t in report.tests if t.func == "sigmoid"] == [True, True, True]


def test_sys_exit_at_import(check: Checker) -> None:
    report = check.run("import sys\nsys.exit(0)\n")
    assert not report.passed and report.tests_passed == 0
    assert "sys.exit" in report.problem


def test_os_exit_in_a_call(check: Checker) -> None:
    report = check.run(correct_plus("import os\n\ndef sigmoid(x):\n    os._exit(0)\n"))
    assert not report.passed and report.tests_passed == 0
    assert "exited with code 0" in report.tests[0].message


def test_memory_hog_at_import(check: Checker) -> None:
    report = check.run(correct_plus("hog = []\nwhile True:\n    hog.append(bytearray(32 << 20))\n"), memory_mb=256)
    assert not report.passed
    assert "out of memory" in report.problem


def test_memory_hog_in_a_call(check: Checker) -> None:
    report = check.run(correct_plus("def sigmoid(x):\n    return np.ones((1 << 20, 1 << 20))\n"), memory_mb=256)
    assert not report.passed
    assert "out of memory" in report.tests[0].message


def test_output_flood_still_passes_with_output_truncated(check: Checker) -> None:
    flood = "_train = train\n\ndef train(*a, **k):\n    print('x' * 10_000_000)\n    return _train(*a, **k)\n"
    report = check.run(correct_plus(flood))
    assert report.passed
    assert report.stdout.truncated and report.stdout.total > 30_000_000
    assert len(report.stdout.text) == sandbox.OUTPUT_LIMIT


def test_numpy_monkeypatching_changes_nothing(check: Checker) -> None:
    patch = (
        "np.allclose = lambda *a, **k: True\n"
        "np.isclose = lambda a, b, *r, **k: np.ones(np.shape(a), bool)\n"
        "np.array_equal = lambda *a, **k: True\n"
        "np.testing.assert_allclose = lambda *a, **k: None\n"
        "_sigmoid = sigmoid\n\n"
        "def sigmoid(x):\n    return _sigmoid(x) + 0.1\n"
    )
    report = check.run(correct_plus(patch))
    assert not report.passed
    assert "sigmoid(x): expected" in report.tests[0].message


def test_fake_verdict_on_stdout_is_only_output(check: Checker) -> None:
    fake = 'print(\'{"drill": "logistic", "passed": true, "tests": []}\')\nprint("All 14 tests passed")\n'
    report = check.run(fake + "def sigmoid(x):\n    return x\n")
    assert not report.passed and report.tests_passed == 0
    assert '"passed": true' in report.stdout.text


def test_background_thread_does_not_hold_the_run(check: Checker) -> None:
    sleeper = "import threading, time\nthreading.Thread(target=time.sleep, args=(600,)).start()\n"
    assert check.run(correct_plus(sleeper)).passed


def test_reading_stdin_gets_end_of_file(check: Checker) -> None:
    report = check.run(correct_plus("answer = input('name? ')\n"))
    assert not report.passed
    assert "EOFError" in report.problem


def test_syntax_error_shows_the_line(check: Checker) -> None:
    report = check.run("import numpy as np\n\n\ndef sigmoid(x):\n    return 1 / (1 + np.exp(-x)\n")
    assert not report.passed
    assert 'File "submission.py", line 5' in report.problem
    assert "return 1 / (1 + np.exp(-x)" in report.problem
    assert "SyntaxError" in report.problem


def test_binary_garbage(check: Checker) -> None:
    report = check.run(bytes(range(256)) * 8)
    assert not report.passed and report.tests_passed == 0
    assert "could not be imported" in report.problem


def test_empty_file(check: Checker) -> None:
    report = check.run("")
    assert not report.passed and report.tests_passed == 0
    assert "your file does not define sigmoid()" in report.tests[0].message


def test_missing_functions(check: Checker) -> None:
    only_sigmoid = REFERENCE.split("def logistic")[0]
    report = check.run(only_sigmoid)
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
def test_any_exception_in_a_call_is_a_failure(check: Checker, raised: str, words: str) -> None:
    report = check.run(correct_plus(f"def sigmoid(x):\n    raise {raised}\n"))
    assert not report.passed
    assert words in report.tests[0].message
    assert report.tests[0].traceback.startswith('  File "submission.py"')


def test_recursion_error(check: Checker) -> None:
    report = check.run(correct_plus("def sigmoid(x):\n    return sigmoid(x)\n"))
    assert not report.passed
    assert "recursion" in report.tests[0].message


def test_forged_result_frames_are_rejected(check: Checker) -> None:
    forge = "import os, sys\nos.write(int(sys.argv[2]), b'J' + (19).to_bytes(4, 'big') + b'{\"event\": \"done\"}  ')\n"
    report = check.run(correct_plus(forge))
    assert not report.passed and report.tests_passed == 0
    assert "tampered" in messages(report)


def test_returned_objects_with_tricks_are_only_numbers(check: Checker) -> None:
    tricks = (
        "class Sneaky(np.ndarray):\n"
        "    def __eq__(self, other):\n        return True\n"
        "    def __sub__(self, other):\n        return np.zeros(self.shape)\n"
        "_sigmoid = sigmoid\n\n"
        "def sigmoid(x):\n    return (_sigmoid(x) + 1).view(Sneaky)\n\n"
        "def logistic(X, y, W, b):\n    return {'predict': 1}, 'loss', None, object()\n"
    )
    report = check.run(correct_plus(tricks))
    assert not report.passed
    assert "sigmoid(x): expected" in report.tests[0].message
    first_logistic = next(t for t in report.tests if t.func == "logistic")
    assert "predict: returned a dict" in first_logistic.message


# --- outliving the check ---


def test_child_process_left_running_is_killed(check: Checker) -> None:
    spawn = "import subprocess, sys, time\nsubprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
    assert check.run(correct_plus(spawn + "time.sleep(0.3)\n")).passed


DAEMON = """
import os, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        time.sleep(600)
    os._exit(0)
time.sleep(0.3)
"""


def test_double_fork_with_setsid_is_killed_too(check: Checker) -> None:
    assert check.run(correct_plus(DAEMON)).passed


def test_daemon_that_outlives_the_worker_is_killed(check: Checker) -> None:
    report = check.run(DAEMON + "os._exit(0)\n")
    assert not report.passed


ESCAPE = """
import ctypes, os, signal, sys, time
libc = ctypes.CDLL(None)
libc.prctl(36, 0, 0, 0, 0)  # no longer the child subreaper that would adopt what we leave
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1):
            signal.signal(s, signal.SIG_IGN)
        libc.prctl(15, b"kworker/0:1", 0, 0, 0)
        os.execve("/bin/sleep", ["[kthreadd]", "600"], {})  # renamed, and no environment (no marker)
    os._exit(0)
time.sleep(0.3)
"""


def test_escapee_without_subreaper_marker_or_name_is_killed(check: Checker) -> None:
    assert check.run(correct_plus(ESCAPE)).passed


def test_escapee_is_killed_when_the_worker_exits_first(check: Checker) -> None:
    report = check.run(ESCAPE + "os._exit(0)\n")
    assert not report.passed and "exited with code 0" in report.problem


BUSY = """
import os, threading, time

def spin():
    while True:
        pass

if os.fork() == 0:  # a fork chain: each generation starts the next and exits, the last spins and sleeps
    for _ in range(30):
        if os.fork():
            os._exit(0)
    os.setsid()
    threading.Thread(target=spin, daemon=True).start()
    time.sleep(600)
time.sleep(0.3)
"""


def test_fork_chain_with_busy_threads_is_killed(check: Checker) -> None:
    assert check.run(correct_plus(BUSY)).passed


def test_fork_bomb_is_bounded_and_killed(check: Checker, isolation: str) -> None:
    if ROOT and isolation == "process":
        pytest.skip("root is not held to RLIMIT_NPROC without namespaces (docs/sandbox.md); not run")
    bomb = (
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    while True:\n"
        "        try:\n            os.fork()\n"
        "        except OSError:\n            time.sleep(0.05)\n"
        "time.sleep(0.5)\n"
    )
    assert check.run(correct_plus(bomb)).passed


# --- the worker dying, as seen by the command ---


@pytest.mark.parametrize(
    ("death", "words"),
    [
        ("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n", "killed by SIGKILL"),
        ("import ctypes\nctypes.string_at(0)\n", "killed by SIGSEGV"),
        ("import os\nos.abort()\n", "killed by SIGABRT"),
        ("import os\nos._exit(3)\n", "exited with code 3"),
    ],
    ids=["sigkill", "segfault", "abort", "exit"],
)
def test_a_dying_worker_still_gives_a_json_verdict(check: Checker, death: str, words: str) -> None:
    result = check.cli(correct_plus(f"def sigmoid(x):\n    {death.replace(chr(10), chr(10) + '    ')}"), "--json")
    assert result.returncode == 1
    assert result.data["passed"] is False and result.data["isolation"] == check.isolation
    assert words in result.data["tests"][0]["message"]


# --- reaching mlprep, its answers, the learner's data ---

KILL_PARENT = """
import os, signal
if os.getpid() < 10:  # only inside a pid namespace: elsewhere this would kill the test run
    for pid in [int(p) for p in os.listdir("/proc") if p.isdigit()] + [os.getppid(), 1, -1]:
        if pid != os.getpid():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
print("still here")
"""


def test_the_submission_cannot_kill_mlprep(check: Checker, isolation: str) -> None:
    namespaces_only(isolation)
    result = check.cli(correct_plus(KILL_PARENT), "--json")
    assert result.returncode == 0 and result.data["passed"] is True
    assert "still here" in result.data["stdout"]["text"]
    report = check.run(correct_plus(KILL_PARENT))
    assert report.passed and "still here" in report.stdout.text


def test_answers_cannot_be_read_and_re_exported(check: Checker, isolation: str) -> None:
    namespaces_only(isolation)
    known = [DRILL.path / "reference.py", DRILL.path / "cases.py", *sorted((DRILL.path / "mutants").glob("*.py"))]
    steal = f"""
import glob, os, sys
candidates = {[str(p) for p in known]!r}
places = [*sys.path, os.getcwd(), os.environ.get("HOME", "")]
places += glob.glob("/proc/*/cwd") + glob.glob("/proc/*/root") + glob.glob("/proc/*/fd/*")  # others' views
for root in places:
    for up in range(6):
        for layout in ("drills", "mlprep/drills", "*/drills", "*/mlprep/drills"):
            candidates += glob.glob(os.path.join(root, *[".."] * up, layout, "logistic", "reference.py"))
found = []
for path in candidates:
    try:
        source = open(path).read()
    except OSError:
        continue
    found.append(path)
    if path.endswith("reference.py"):
        exec(compile(source, path, "exec"), globals())
print("FOUND" if found else "no answers", found)
if not found:
    def sigmoid(x):
        return x
"""
    report = check.run(steal)
    assert not report.passed
    assert "no answers" in report.stdout.text


TAKE_OVER_INIT = """
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
reached = []
for entry in ("fd", "root", "cwd", "environ", "mem", "maps"):
    try:
        path = f"/proc/1/{entry}"
        os.listdir(path) if entry in ("fd", "root", "cwd") else open(path, "rb").read(1)
        reached.append(entry)
    except OSError:
        pass
if libc.ptrace(16, 1, None, None) == 0:  # PTRACE_ATTACH
    reached.append("ptrace")
capabilities = [line.split()[1] for line in open("/proc/1/status") if line.startswith(("CapEff", "CapPrm"))]
print("REACHED", reached, "CAPABILITIES", capabilities)
"""


def test_the_namespace_init_cannot_be_taken_over(check: Checker, isolation: str) -> None:
    namespaces_only(isolation)
    report = check.run(correct_plus(TAKE_OVER_INIT))
    assert report.passed
    assert "REACHED [] CAPABILITIES ['0000000000000000', '0000000000000000']" in report.stdout.text


READ_KEYS = """
import ctypes, struct
libc = ctypes.CDLL(None)
found = []
listing = ctypes.create_string_buffer(4096)
size = libc.syscall({keyctl}, 11, -3, listing, 4096)  # KEYCTL_READ of the session keyring: its keys
for serial in struct.unpack(f"{{max(size, 0) // 4}}i", listing.raw[: max(size, 0)]):
    payload = ctypes.create_string_buffer(64)
    length = libc.syscall({keyctl}, 11, serial, payload, 64)
    found.append(payload.raw[: max(length, 0)].decode(errors="replace"))
print("KEYS", found)
"""


def test_the_users_session_keyring_is_out_of_reach(check: Checker, isolation: str) -> None:
    namespaces_only(isolation)
    numbers = {"x86_64": (248, 250), "aarch64": (217, 219), "riscv64": (217, 219)}.get(os.uname().machine)
    if numbers is None:
        pytest.skip("no keyring system call numbers for this architecture here")
    add_key, keyctl = numbers
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall(keyctl, 1, None)  # this test process's own session keyring, so no real one is touched
    assert libc.syscall(add_key, b"user", f"mlprep-hostile-{check.token}".encode(), b"secret", 6, -3) > 0
    report = check.run(correct_plus(READ_KEYS.format(keyctl=keyctl)))
    assert report.passed and "KEYS []" in report.stdout.text


def test_mlprep_files_and_the_store_cannot_be_changed(check: Checker, isolation: str) -> None:
    namespaces_only(isolation)
    store = check.home / "mlprep.sqlite3"
    sqlite3.connect(store).close()
    files = [DRILL.path / "reference.py", DRILL.path / "cases.py", paths.PACKAGE_DIR / "grader" / "compare.py", store]
    folders = [DRILL.path, paths.PACKAGE_DIR / "grader" / "__pycache__", check.home, check.tmp_path]
    tamper = f"""
import os, sqlite3
wrote = []
for path in {[str(p) for p in files]!r}:
    try:
        with open(path, "r+b") as f:
            data = f.read()
            f.seek(0)
            f.write(data)  # the same bytes: the test only learns whether it could
        wrote.append(path)
    except OSError:
        pass
for folder in {[str(p) for p in folders]!r}:
    try:
        os.close(os.open(os.path.join(folder, "hostile-{check.token}"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        wrote.append(folder)
    except OSError:
        pass
homes = {{{str(check.home)!r}}}
for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
    try:
        environ = open(f"/proc/{{pid}}/environ", "rb").read().split(b"\\0")
    except OSError:
        continue
    homes |= {{v[len(b"MLPREP_HOME="):].decode() for v in environ if v.startswith(b"MLPREP_HOME=")}}
for home in homes:
    try:
        db = sqlite3.connect(f"file:{{home}}/mlprep.sqlite3?mode=rw", uri=True)
        db.execute("CREATE TABLE IF NOT EXISTS fake (passed)")
        db.execute("INSERT INTO fake VALUES (1)")
        db.commit()
        wrote.append(home)
    except sqlite3.Error:
        pass
print("WROTE", wrote)
"""
    try:
        report = check.run(correct_plus(tamper))
    finally:
        for folder in folders:
            Path(folder, f"hostile-{check.token}").unlink(missing_ok=True)
    assert report.passed
    assert "WROTE []" in report.stdout.text


def test_only_the_runtime_and_a_private_scratch_directory_are_visible(check: Checker, isolation: str) -> None:
    namespaces_only(isolation)
    hidden = [check.tmp_path, check.home, paths.PACKAGE_DIR, paths.shipped_drills(), Path(__file__).resolve().parent]
    writable = ["/", "/usr", "/etc", sys.prefix, sys.base_prefix, "/dev", "/tmp"]
    home = Path.home()
    prefixes = [Path(p) for p in (sys.prefix, sys.base_prefix)]
    runtime = {p.relative_to(home).parts[0] for p in prefixes if p.is_relative_to(home)}
    probe = f"""
import os, sys
seen = [p for p in {[str(p) for p in hidden]!r} if os.path.exists(p)]
if os.path.isdir({str(home)!r}):
    seen += sorted(set(os.listdir({str(home)!r})) - {runtime!r})
can_write = []
for d in {writable!r}:
    try:
        os.close(os.open(os.path.join(d, "probe-{check.token}"), os.O_CREAT | os.O_WRONLY))
        can_write.append(d)
        os.remove(os.path.join(d, "probe-{check.token}"))
    except OSError:
        pass
print("SEEN", seen, "WRITABLE", can_write, "CWD", os.getcwd())
"""
    report = check.run(correct_plus(probe))
    assert report.passed
    assert "SEEN [] WRITABLE ['/tmp'] CWD /tmp" in report.stdout.text


# --- limits ---

BIG_FILE = """
import os
for path in ({paths}):
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY)
        for _ in range(150):
            os.write(fd, bytes(1 << 20))
        print("WROTE 150 MB", path)
    except OSError as exc:
        print("stopped:", exc.strerror)
"""


def test_no_big_file_is_left_in_tmp(check: Checker) -> None:
    direct = f"/tmp/mlprep-hostile-{check.token}.bin"
    shm = f"/dev/shm/mlprep-hostile-{check.token}.bin"
    named = f"os.path.join(os.environ['TMPDIR'], 'x-{check.token}.bin')"
    report = check.run(correct_plus(BIG_FILE.format(paths=f"{direct!r}, {shm!r}, {named}")), leaves=(direct, shm))
    assert report.passed
    assert "WROTE 150 MB" not in report.stdout.text and "stopped: File too large" in report.stdout.text


def test_open_files_and_processes_are_limited(check: Checker, isolation: str) -> None:
    count = """
import os, time
files = []
try:
    while True:
        files.append(os.open("/dev/null", os.O_RDONLY))
except OSError:
    pass
children = []
try:
    while len(children) < 500:
        pid = os.fork()
        if pid == 0:
            time.sleep(600)
        children.append(pid)
except OSError:
    pass
print("FILES", len(files), "PROCESSES", len(children))
"""
    if ROOT and isolation == "process":
        count = count.replace("< 500", "< 0")  # root is not held to RLIMIT_NPROC without namespaces
    report = check.run(correct_plus(count))
    assert report.passed
    words = report.stdout.text.split()
    files, processes = int(words[words.index("FILES") + 1]), int(words[words.index("PROCESSES") + 1])
    assert files < Limits().open_files
    if not (ROOT and isolation == "process"):
        assert processes < 500


def test_no_network(check: Checker, isolation: str) -> None:
    namespaces_only(isolation)
    with socket.socket() as server, socket.socket(socket.AF_UNIX) as abstract:
        server.bind(("127.0.0.1", 0))
        server.listen()
        abstract.bind(f"\0mlprep-hostile-{check.token}")
        abstract.listen()
        reach = f"""
import socket
outcomes = []
for address in [("127.0.0.1", {server.getsockname()[1]}), ("1.1.1.1", 53)]:
    try:
        socket.create_connection(address, timeout=1).close()
        outcomes.append("connected")
    except OSError as exc:
        outcomes.append(type(exc).__name__)
try:
    s = socket.socket(socket.AF_UNIX)
    s.connect("\\0mlprep-hostile-{check.token}")
    outcomes.append("connected")
except OSError as exc:
    outcomes.append(type(exc).__name__)
print("NET", outcomes)
"""
        report = check.run(correct_plus(reach))
    assert report.passed
    assert "NET" in report.stdout.text and "connected" not in report.stdout.text


# --- what reaches the learner's terminal ---

DRAW = r"""
import sys
LINK = "\x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\"
E = "\x1b[2J\x1b[H\x1b]0;pwned\x07" + LINK + " \x9b31m \u202e[bold red]markup[/]\r"
print(E)
print(E, file=sys.stderr)

class Boom(Exception):
    pass

Boom.__name__ = Boom.__qualname__ = "Boom\x1b[5m"

def sigmoid(x):
    raise Boom(E)
"""


def test_escape_sequences_are_shown_not_obeyed(check: Checker) -> None:
    report = check.run(correct_plus(DRAW))
    assert not report.passed
    for text in (report.stdout.text, report.stderr.text, report.tests[0].message):
        assert "\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07" in text and "\\x9b31m \\u202e[bold red]markup[/]" in text
    assert "markup[/]\\x0d\n" in report.stdout.text
    assert "Boom\\x1b[5m" in report.tests[0].message
    console = Console(file=io.StringIO(), width=200, color_system=None)
    drill_render.report(console, report)
    assert "[bold red]markup[/]" in console.file.getvalue()
    shown = check.cli(correct_plus(DRAW))
    assert "\\x1b]0;pwned" in shown.stdout and "[bold red]markup[/]" in shown.stdout
    as_json = check.cli(correct_plus(DRAW), "--json")
    assert "\\x1b[2J" in as_json.data["stdout"]["text"] and "\\x1b[2J" in as_json.data["tests"][0]["message"]
